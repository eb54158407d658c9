package dk.coi.portal.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;

/**
 * A CSV file for Danish Excel: UTF-8 with a byte order mark (else Excel reads it as Windows-1252 and "æøå" break) and
 * semicolons between fields (Excel uses the list separator of the reader's settings, which is ";" where the decimal
 * comma is ","), quoted and escaped by commons-csv as Excel reads it. A text cell that Excel would read as a formula
 * (starting with {@code = + - @}, a tab or a carriage return: a case title such as {@code =HYPERLINK(...)}) is written
 * with a leading {@code '}, so that it is shown as text (OWASP's advice against CSV injection); numbers stay numbers.
 */
public final class ExcelCsv {

    public static final MediaType TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CSVFormat DANISH_EXCEL = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

    private ExcelCsv() {
    }

    /** The file: a line of headings, then one line per row (null cells empty). */
    public static byte[] write(List<String> headings, Iterable<? extends Iterable<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Rows file = rows(bytes, headings)) {
            for (Iterable<?> row : rows) {
                file.add(row);
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }

    /**
     * The file written to {@code out} as its rows come (a download too large to hold): the byte order mark and the
     * headings at once, then a line per {@link Rows#add}; closing it closes {@code out}.
     */
    public static Rows rows(OutputStream out, List<String> headings) throws IOException {
        out.write(BYTE_ORDER_MARK);
        Rows rows = new Rows(new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), DANISH_EXCEL));
        rows.csv.printRecord(headings.stream().map(ExcelCsv::asText).toList());
        return rows;
    }

    /** A file's lines after its headings, each written when added. */
    public static final class Rows implements Closeable {

        private final CSVPrinter csv;

        private Rows(CSVPrinter csv) {
            this.csv = csv;
        }

        public void add(Iterable<?> row) throws IOException {
            List<Object> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell instanceof String text ? asText(text) : cell));
            csv.printRecord(cells);
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    private static String asText(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
