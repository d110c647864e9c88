package uk.ehcexchange.hub.cli;

import java.sql.Connection;
import java.sql.DriverManager;

/** Run as a separate process by a test: opens an H2 file database, as a running hub does, until stdin closes. */
public final class HoldDatabase {

    static final String HOLDING = "holding";

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.createStatement().execute("SELECT 1");
            System.out.println(HOLDING);
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the database until the test closes our stdin
            }
        }
    }
}
