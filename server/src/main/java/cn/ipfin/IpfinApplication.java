package cn.ipfin;

import cn.ipfin.ledger.LedgerVerificationCommand;
import cn.ipfin.shared.db.DatabaseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IpfinApplication {

    public static void main(String[] args) {
        if (LedgerVerificationCommand.matches(args)) {
            // `java -jar ipfin-server.jar ledger verify`: same database settings, no web server, exit code 0/1.
            var app = new SpringApplication(IpfinApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("cli");
            var context = app.run(args);
            System.exit(SpringApplication.exit(context, context.getBean(LedgerVerificationCommand.class)));
        }
        if (DatabaseCommand.matches(args)) {
            // `db backup <file>` / `db restore <file> <empty data dir>`: same settings, no web server, exit code 0/1.
            var app = new SpringApplication(IpfinApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("cli");
            var context = app.run(DatabaseCommand.withRestoreSettings(args));
            System.exit(SpringApplication.exit(context, context.getBean(DatabaseCommand.class)));
        }
        SpringApplication.run(IpfinApplication.class, args);
    }
}
