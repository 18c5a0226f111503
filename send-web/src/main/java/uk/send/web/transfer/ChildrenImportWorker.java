package uk.send.web.transfer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.MigratedChild;
import uk.send.domain.children.MigrationProblem;
import uk.send.domain.children.MigrationResult;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.transfer.DataImports;
import uk.send.domain.transfer.ImportKind;
import uk.send.domain.transfer.ImportStatus;
import uk.send.funding.topup.AwardMigrationResult;
import uk.send.funding.topup.MigratedAward;
import uk.send.funding.topup.TopUpFunding;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.MigratedPlan;
import uk.send.pathway.plan.PlanMigrationResult;
import uk.send.pathway.support.MigratedSupport;
import uk.send.pathway.support.SupportMigrationResult;
import uk.send.pathway.support.SupportPlans;

/**
 * Runs a caseload migration file (children, then EHC plans, SEN Support or top-up awards, each written by the
 * module that owns its tables) in the background, one at a time: every row checked first (in the file, then
 * against the database); if any is refused, nothing is written and the error report lists each refused row;
 * otherwise the whole file is written in one transaction, its progress recorded batch by batch for the page
 * that follows it. A process stopped mid-import rolls the transaction back: nothing of the file is written, and
 * the import is marked failed when the service starts again.
 */
@Component
class ChildrenImportWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ChildrenImportWorker.class);
    static final Duration SILENCE = Duration.ofMinutes(2);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "children-import");
        thread.setDaemon(true);
        return thread;
    });
    private final DataImports imports;
    private final ChildDirectory children;
    private final EhcPlans plans;
    private final SupportPlans support;
    private final TopUpFunding funding;
    private final ReferenceData reference;
    private final ImportSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    ChildrenImportWorker(DataImports imports, ChildDirectory children, EhcPlans plans, SupportPlans support,
                         TopUpFunding funding, ReferenceData reference, ImportSettings settings, MessageSource messages,
                         Clock clock) {
        this.funding = funding;
        this.plans = plans;
        this.support = support;
        this.imports = imports;
        this.children = children;
        this.reference = reference;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int failed = imports.failInterrupted(SILENCE, message("import.interrupted"));
        if (failed > 0) {
            LOG.warn("{} imports were stopped by a restart and marked failed; nothing of them was written", failed);
        }
    }

    void submit(long importId, Viewer actor) {
        executor.execute(() -> run(importId, actor));
    }

    void run(long importId, Viewer actor) {
        ImportKind kind = imports.find(importId, actor).kind();
        try {
            run(importId, actor, file(kind));
        } catch (UnreadableFileException unreadable) {
            imports.finish(importId, ImportStatus.INVALID, message("import.file." + unreadable.reason(),
                    unreadable.detail()), null);
        } catch (RuntimeException failure) {
            LOG.error("{} import {} failed; nothing of it was written ({})", kind, importId,
                    failure.getClass().getSimpleName());
            imports.finish(importId, ImportStatus.FAILED, message("import.failed"), null);
        }
    }

    /** Each kind of migration file: its columns, its rows read on their own, checked, written. */
    MigrationFile<?> file(ImportKind kind) {
        return switch (kind) {
            case PLANS -> new MigrationFile<MigratedPlan>(PlansFile.COLUMNS, PlansFile::check,
                    plans::checkMigration, (rows, actor, progress, importId) -> {
                        PlanMigrationResult r = plans.importPlans(rows, actor, progress, importId);
                        return message("import.summary.plans", r.added(), r.unchanged());
                    });
            case SEN_SUPPORT -> new MigrationFile<MigratedSupport>(SupportFile.COLUMNS, SupportFile::check,
                    support::checkMigration, (rows, actor, progress, importId) -> {
                        SupportMigrationResult r = support.importSupport(rows, actor, progress, importId);
                        return message("import.summary.support", r.added(), r.unchanged());
                    });
            case AWARDS -> new MigrationFile<MigratedAward>(AwardsFile.COLUMNS, AwardsFile::check,
                    funding::checkMigration, (rows, actor, progress, importId) -> {
                        AwardMigrationResult r = funding.importAwards(rows, actor, progress, importId);
                        return message("import.summary.awards", r.added(), r.unchanged());
                    });
            default -> new MigrationFile<MigratedChild>(ChildrenFile.COLUMNS, ChildrenFile::check,
                    children::checkMigration, (rows, actor, progress, importId) -> {
                        MigrationResult r = children.importChildren(rows, actor, progress, importId);
                        return message("import.summary.done", r.added(), r.changed(), r.unchanged(), r.carersAdded());
                    });
        };
    }

    /**
     * The one run of every kind: the file read (each row on its own), then, when every row is well formed, checked
     * against the database; refused whole with the report when any row is; else written, its progress recorded.
     */
    private <T> void run(long importId, Viewer actor, MigrationFile<T> file) throws UnreadableFileException {
        UploadedCsv csv = read(importId, file.columns());
        FileRows<T> checked = file.reader().read(csv, reference.settingIdsByUrn(), LocalDate.now(clock));
        List<MigrationProblem> problems = new ArrayList<>(checked.problems());
        if (problems.isEmpty()) {
            problems.addAll(file.refuser().refused(checked.rows(), actor));
        }
        if (refused(importId, problems)) {
            return;
        }
        imports.status(importId, ImportStatus.IMPORTING, checked.rows().size());
        String summary = file.applier().apply(checked.rows(), actor, done -> imports.progress(importId, done), importId);
        imports.finish(importId, ImportStatus.DONE, summary, null);
    }

    /** The file, read and marked as being checked. */
    private UploadedCsv read(long importId, List<String> columns) throws UnreadableFileException {
        UploadedCsv csv = UploadedCsv.read(imports.content(importId), settings.maxRows(),
                new java.util.LinkedHashSet<>(columns));
        imports.status(importId, ImportStatus.VALIDATING, csv.records().size());
        return csv;
    }

    /** Whether any row was refused: if so the import ends refused, with its report, and nothing is written. */
    private boolean refused(long importId, List<MigrationProblem> problems) {
        if (problems.isEmpty()) {
            return false;
        }
        Set<Integer> rows = new HashSet<>();
        problems.forEach(p -> rows.add(p.row()));
        imports.finish(importId, ImportStatus.INVALID, message("import.summary.invalid", rows.size(), problems.size()),
                report(problems));
        return true;
    }

    /** The refused rows as CSV: row, column, problem. */
    private String report(List<MigrationProblem> problems) {
        StringWriter text = new StringWriter();
        SafeCsv csv = new SafeCsv(text);
        try {
            csv.row(List.of(message("import.report.row"), message("import.report.column"), message("import.report.problem")));
            for (MigrationProblem problem : problems.stream()
                    .sorted(Comparator.comparingInt(MigrationProblem::row)).toList()) {
                csv.row(List.of(problem.row(), problem.column(), message("import.problem." + problem.problem())));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
