package org.casebook.ingest;

/** Hand-made vectors for stage tests. */
public final class Vectors {
    private Vectors() {}

    /** The vector with these components, scaled to length 1. */
    public static float[] unit(double... v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(norm));
        }
        return out;
    }
}
