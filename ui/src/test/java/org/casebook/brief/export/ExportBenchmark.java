package org.casebook.brief.export;

import java.util.Arrays;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefSide;

/**
 * Prints how long a generated brief (100 cards on both sides unless told otherwise) takes to export to PDF and to
 * DOCX: the first (cold) export, then the median and worst of the following rounds. Run from the project root:
 * {@code java -cp ... org.casebook.brief.export.ExportBenchmark [cards] [rounds]} (README, Benchmarks).
 */
public final class ExportBenchmark {
    private ExportBenchmark() {}

    public static void main(String[] args) {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        BriefDocument brief = ExportBriefs.generated(cards, BriefSide.BOTH);
        var pdf = new BriefPdfRenderer();
        var docx = new BriefDocxRenderer();
        report("PDF ", cards, rounds, () -> pdf.render(brief));
        report("DOCX", cards, rounds, () -> docx.render(brief));
    }

    private static void report(String format, int cards, int rounds, java.util.function.Supplier<byte[]> export) {
        long start = System.nanoTime();
        int size = export.get().length;
        double cold = millis(start);
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            export.get();
            times[i] = millis(t);
        }
        Arrays.sort(times);
        System.out.printf("%s %d cards: first %.0f ms, then median %.0f ms, worst %.0f ms over %d rounds (%d KiB)%n",
                format, cards, cold, times[rounds / 2], times[rounds - 1], rounds, size / 1024);
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
