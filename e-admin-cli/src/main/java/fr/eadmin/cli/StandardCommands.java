package fr.eadmin.cli;

import fr.eadmin.cli.archive.JournalVerifyCommand;
import fr.eadmin.cli.archive.SipCheckCommand;
import fr.eadmin.cli.forms.FormsLintCommand;
import fr.eadmin.cli.forms.FormsValidateCommand;
import fr.eadmin.cli.verify.VerifyCommand;
import java.util.List;

/** The commands e-admin ships, in one list. */
final class StandardCommands {
    private StandardCommands() {}

    static List<Command> all() {
        return List.of(
                new VersionCommand(),
                new FormsLintCommand(),
                FormsValidateCommand.withSystemClock(),
                new VerifyCommand(),
                new SipCheckCommand(),
                new JournalVerifyCommand());
    }
}
