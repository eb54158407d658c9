package dk.coi.portal.shared.internal.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one paragraph why the portal refused to start on its embedded database's data folder. */
class DataFolderNotKeptFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderNotKeptException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderNotKeptException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Nothing was deleted. Fix the cause above, or set PORTAL_DATA_DIR to a folder the portal may "
                        + "keep its data in.",
                cause);
    }
}
