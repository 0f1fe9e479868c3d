package dev.marsad.bench.ingest;

import dev.marsad.bench.TempFolder;
import dev.marsad.demo.DemoArticle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Kills of one command in rounds: each round starts from an empty data folder, starts the command
 * and kills it with SIGKILL at a random moment (between {@value #FIRST_MOMENT} and {@value
 * #LAST_MOMENT} times a clean run's time) until it was killed {@code killsPerRound} times, then
 * resumes it to completion and checks the index against a clean run's decisions.
 */
final class KillRounds {

    /** Kill moments, as fractions of a clean run's time: from after start-up to past its end. */
    static final double FIRST_MOMENT = 0.2;

    static final double LAST_MOMENT = 1.1;

    /** Runs that end before their kill, per kill asked for, before the soak gives up. */
    private static final int MAX_UNKILLED_PER_KILL = 10;

    /** What a round's final index must show. */
    enum Check {
        /** Every demo article decided as the clean run decided (ids, sites, copies, stories). */
        SAME_DECISIONS,
        /** No demo article that the clean run stored is missing (a crawl's order, and so its stories, vary). */
        NOTHING_LOST
    }

    /**
     * One round's command and what it must end with.
     *
     * @param args the marsad command, writing into the round's folder
     * @param finalCodes the exit codes the resumed run to completion may end with
     * @param expected the decisions of a clean run
     * @param check how the final index is compared with {@code expected}
     */
    record Round(String[] args, List<Integer> finalCodes, DemoDecisions expected, Check check) {}

    /**
     * What a soak gave.
     *
     * @param killed runs killed
     * @param finishedFirst runs that ended before their kill
     * @param rounds rounds run
     * @param failedRounds rounds whose final index failed the check
     * @param lost demo articles missing from final indexes, over all rounds
     */
    record Outcome(int killed, int finishedFirst, int rounds, int failedRounds, long lost) {}

    private final ChildMarsad children;
    private final Random random;
    private final int killsPerRound;
    private final Path tmp;
    private final List<DemoArticle> articles;
    private final PrintWriter out;

    KillRounds(
            ChildMarsad children,
            Random random,
            int killsPerRound,
            Path tmp,
            List<DemoArticle> articles,
            PrintWriter out) {
        this.children = children;
        this.random = random;
        this.killsPerRound = killsPerRound;
        this.tmp = tmp;
        this.articles = List.copyOf(articles);
        this.out = out;
    }

    /** The counts of a soak so far. */
    private static final class Tally {
        int killed;
        int finishedFirst;
        int rounds;
        int failedRounds;
        long lost;
    }

    /** Kills {@code total} runs in rounds of the command that {@code plan} gives for a round's folder. */
    Outcome soak(String name, int total, Duration cleanRun, Function<Path, Round> plan) throws InterruptedException {
        var tally = new Tally();
        while (tally.killed < total) {
            Path folder = tmp.resolve(name + "-round-" + tally.rounds);
            Round round = plan.apply(folder);
            killRound(name, round, total, cleanRun, tally);
            children.run(round.finalCodes(), round.args());
            DemoDecisions after = DemoDecisions.read(folder.resolve("index"), articles);
            long roundLost = after.lostAgainst(round.expected());
            long differences = after.differencesFrom(round.expected());
            boolean passed = roundLost == 0 && (round.check() == Check.NOTHING_LOST || differences == 0);
            if (!passed) tally.failedRounds++;
            tally.lost += roundLost;
            tally.rounds++;
            out.printf(
                    Locale.ROOT,
                    "  %s round %d: %d kills so far, lost %d%s%n",
                    name,
                    tally.rounds,
                    tally.killed,
                    roundLost,
                    round.check() == Check.NOTHING_LOST
                            ? ""
                            : differences == 0 ? ", equal to the clean run" : ", " + differences + " articles differ");
            TempFolder.delete(folder);
        }
        out.printf(
                Locale.ROOT,
                "%s soak: %d kills in %d rounds (%d more runs ended before their kill), articles lost %d, rounds"
                        + " failing the check %d%n",
                name,
                tally.killed,
                tally.rounds,
                tally.finishedFirst,
                tally.lost,
                tally.failedRounds);
        return new Outcome(tally.killed, tally.finishedFirst, tally.rounds, tally.failedRounds, tally.lost);
    }

    /** Starts and kills runs until this round's kills (or the soak's) are done; counts into {@code tally}. */
    private void killRound(String name, Round round, int total, Duration cleanRun, Tally tally)
            throws InterruptedException {
        for (int k = 0; k < killsPerRound && tally.killed < total; ) {
            double moment = FIRST_MOMENT + (LAST_MOMENT - FIRST_MOMENT) * random.nextDouble();
            var after = Duration.ofMillis((long) (cleanRun.toMillis() * moment));
            if (children.killAfter(after, round.args()) == ChildMarsad.Ending.KILLED) {
                tally.killed++;
                k++;
            } else if (++tally.finishedFirst > MAX_UNKILLED_PER_KILL * total) {
                throw new IllegalStateException(name + " runs keep ending before their kill: nothing is soaked");
            }
        }
    }
}
