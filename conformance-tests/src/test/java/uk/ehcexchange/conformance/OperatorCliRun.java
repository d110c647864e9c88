package uk.ehcexchange.conformance;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import uk.ehcexchange.hub.cli.OperatorCli;

/** The operator CLI ({@code ehc-hub ...}), run in-process against the running hub's management port. */
final class OperatorCliRun {

    record Result(int exitCode, String out, String err) {
    }

    private OperatorCliRun() {
    }

    /** Runs {@code args} with the hub's management address and operator key file appended. */
    static Result against(RunningHub hub, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--hub", hub.managementBase().toString(), "--key-file", hub.operatorKeyFile().toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new OperatorCli()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }
}
