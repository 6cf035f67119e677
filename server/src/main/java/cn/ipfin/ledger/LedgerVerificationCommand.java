package cn.ipfin.ledger;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * The command line form of verify: {@code java -jar server/target/ipfin-server.jar ledger verify}.
 * Prints the result and exits 0 when every chain holds, 1 when an entry is broken.
 */
@Component
public class LedgerVerificationCommand implements ApplicationRunner, ExitCodeGenerator {

    private final LedgerVerifier verifier;
    private int exitCode;

    LedgerVerificationCommand(LedgerVerifier verifier) {
        this.verifier = verifier;
    }

    public static boolean matches(String[] args) {
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        return words.equals(List.of("ledger", "verify"));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!matches(args.getSourceArgs())) {
            return;
        }
        LedgerVerification result = verifier.verify();
        exitCode = result.intact() ? 0 : 1;
        if (result.intact()) {
            System.out.printf("Ledger intact / 台账完整: %d entries in %d chains verified%n",
                    result.entriesChecked(), result.chains());
        } else {
            var broken = result.firstBroken();
            System.out.printf("Ledger BROKEN / 台账被破坏: first broken entry id=%s chain=%d seq=%d: %s%n",
                    broken.entryId(), broken.chainNo(), broken.seq(), broken.reason());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
