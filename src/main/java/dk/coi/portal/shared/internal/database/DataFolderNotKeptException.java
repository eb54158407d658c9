package dk.coi.portal.shared.internal.database;

import java.nio.file.Path;

/** The embedded MariaDB cannot be sure to keep its data folder, so the portal does not start on it. */
class DataFolderNotKeptException extends IllegalStateException {

    DataFolderNotKeptException(Path dataDir, String reason) {
        super("The embedded MariaDB does not start on its data folder " + dataDir + ", because " + reason + ".");
    }
}
