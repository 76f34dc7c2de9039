package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.LocalFiles;
import com.hindsight.web.CaseRoom;
import com.hindsight.web.CaseRoomSettings;
import com.hindsight.web.UiLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Open the case room: a read-only web application for reviewers over the"
                + " warehouse's published runs (search grouped by case, similar past incidents,"
                + " case pages with key figures, response timeline, charts, lessons and actions,"
                + " workbook downloads, /api/search and /api/similar). Listens on loopback unless"
                + " --users is given; with --users everyone logs in. A new nightly run is picked"
                + " up without a restart. Does not start Spark; runs until stopped (Ctrl-C)."
                + " docs/case-room.md describes the pages, the API and the security model."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Mixin
    ConfigOption config;

    @Mixin
    IndexDirOption indexDir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + CaseRoomSettings.DEFAULT_PORT,
            description = "Port to listen on (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = CaseRoomSettings.DEFAULT_BIND,
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only)."
                    + " Any other address requires --users.")
    String bind;

    @Option(names = "--users", paramLabel = "FILE",
            description = "Users who may log in: one name:bcrypt-hash per line (make a line with"
                    + " `hindsight hash-password NAME`). Required to --bind beyond loopback.")
    Path users;

    @Option(names = "--language", paramLabel = "zh|en",
            description = "Default language of the pages (visitors can switch; default: the"
                    + " config's language, else " + HindsightConfig.DEFAULT_LANGUAGE + ").")
    String language;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Zone of the dates shown (default " + HindsightConfig.DEFAULT_TIME_ZONE + ").")
    String timeZone;

    @Override
    public Integer call() throws InterruptedException {
        HindsightConfig settings = config.resolve(HindsightConfig.builder().timeZone(timeZone)
                .language(language).warehouse(warehouse.location).build());
        String location = settings.warehouseLocation();
        Path root = LocalFiles.pathOf(location).orElseThrow(() -> new UserErrorException(
                "warehouse " + location + " is not a folder on this machine; the case room"
                        + " reads the metrics documents, charts and workbooks from a local"
                        + " warehouse folder (a path, not a URI), even with --index-dir: a known"
                        + " limit (docs/case-room.md); `search` and `similar` read any warehouse's"
                        + " index through --index-dir"));
        Path index = Path.of(indexDir.open(location).root());
        if (users != null && !Files.isRegularFile(users)) {
            throw new UserErrorException("users file " + users + " not found");
        }
        CaseRoomSettings roomSettings = new CaseRoomSettings(root, bind, port, users,
                UiLanguage.of(settings.language()), settings.zone(), index);
        CaseRoom room = CaseRoom.start(roomSettings);
        Runtime.getRuntime().addShutdownHook(new Thread(room::close, "case-room-stop"));
        var out = spec.commandLine().getOut();
        out.println("case room: " + room.url() + " (warehouse " + root
                + (index.equals(root.toAbsolutePath().normalize()) ? "" : ", index folder " + index) + ", "
                + (users == null ? "no login, this machine only" : "login required") + ")");
        out.println("Ctrl-C stops it.");
        out.flush();
        room.join();
        return ExitCodes.OK;
    }
}
