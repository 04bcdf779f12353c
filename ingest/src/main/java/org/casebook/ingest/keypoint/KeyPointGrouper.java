package org.casebook.ingest.keypoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casebook.ingest.embedding.Embedder;
import org.casebook.ingest.model.KeyPoint;
import org.casebook.ingest.model.MinedUnit;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.UnitRef;

/**
 * Groups units of the same stance that say the same thing. Pairs are taken from the most similar down; two groups
 * merge only when every unit of one is close to every unit of the other (complete linkage), so a chain of loosely
 * related units never becomes one point. A group of at least two units becomes a key point, labelled from its most
 * central unit ({@link KeyPointLabel}). Ordered by size, then by position. Stateless and thread-safe.
 */
public final class KeyPointGrouper {
    private final double threshold;

    public KeyPointGrouper(double threshold) {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
        this.threshold = threshold;
    }

    public List<KeyPoint> group(List<MinedUnit> library) {
        int n = library.size();
        double[][] similarity = new double[n][n];
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                similarity[i][j] = similarity[j][i] = Embedder.cosine(library.get(i).vector(), library.get(j).vector());
                if (similarity[i][j] >= threshold && sameSide(library.get(i), library.get(j))) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((int[] p) -> -similarity[p[0]][p[1]]).thenComparingInt(p -> p[0]));
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            groupOf[i] = i;
            groups.add(new ArrayList<>(List.of(i)));
        }
        for (int[] pair : pairs) {
            int a = groupOf[pair[0]];
            int b = groupOf[pair[1]];
            if (a != b && allClose(groups.get(a), groups.get(b), similarity)) {
                for (int member : groups.get(b)) {
                    groupOf[member] = a;
                }
                groups.get(a).addAll(groups.get(b));
                groups.get(b).clear();
            }
        }
        List<KeyPoint> points = new ArrayList<>();
        for (List<Integer> group : groups) {
            if (group.size() >= 2) {
                group.sort(Comparator.naturalOrder());
                List<UnitRef> refs = group.stream().map(i -> library.get(i).ref()).toList();
                points.add(new KeyPoint(KeyPointLabel.of(library.get(central(group, similarity)).text()), refs));
            }
        }
        points.sort(Comparator.comparingInt((KeyPoint k) -> -k.units().size())
                .thenComparing(k -> k.units().getFirst().article()).thenComparing(k -> k.units().getFirst().unit()));
        return points;
    }

    private static boolean sameSide(MinedUnit a, MinedUnit b) {
        return a.stance() == b.stance() && a.stance() != Stance.NEUTRAL;
    }

    private boolean allClose(List<Integer> a, List<Integer> b, double[][] similarity) {
        for (int i : a) {
            for (int j : b) {
                if (similarity[i][j] < threshold) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int central(List<Integer> group, double[][] similarity) {
        int best = group.getFirst();
        double bestSum = -1;
        for (int i : group) {
            double sum = 0;
            for (int j : group) {
                sum += i == j ? 0 : similarity[i][j];
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = i;
            }
        }
        return best;
    }
}
