package io.github.mlgate.data.profile;

import io.github.mlgate.data.resource.DataSummary;
import io.github.mlgate.data.schema.SchemaField;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The profiles of one resource's fields, kept in lanes so that the profile is the same every run. The rows are cast
 * in numbered units (a chunk of a file, a batch of a stream), each on whichever worker is free; unit n of a file is
 * profiled in lane n modulo the number of lanes, and the lanes are merged in their order at the end. A lane's units
 * are profiled one after another and in order, whichever worker takes them, because the reader never has more units
 * in flight than there are lanes: a unit is handed out only after the unit a whole round of lanes earlier was
 * consumed. A lane taken while in use is a broken promise, reported as such rather than counted wrong.
 *
 * <p>Why lanes and not one profile per worker (which a run or two measured a few percent faster, the profile staying
 * in its core's cache): which worker takes which unit changes from run to run, and the sketches and sums depend on
 * the order they see values in. Why not a profile per unit: merging a thousand small profiles costs more than lanes.
 */
public final class ProfileLanes {

    /**
     * Distinct values counted exactly per lane, over all fields: a resource of up to 200 fields counts each field's
     * first 1,000 exactly, a wider one fewer per field (at least 16), so the exact counts of a lane stay under about
     * 50 MB however wide the resource.
     */
    static final int EXACT_VALUES_PER_LANE = 200_000;

    /**
     * The most a field's profile takes in one lane once its values are sketched, rounded up from what was measured: 34
     * KB for an integer field, 18 KB for a string field.
     */
    static final long SKETCHED_FIELD_BYTES = 40L << 10;

    /** The most a value counted exactly takes, rounded up from what was measured: 236 KB for 1,000 integers. */
    static final long EXACT_VALUE_BYTES = 240;

    private final List<SchemaField> fields;
    private final int exactDistinct;
    private final FieldProfile[][] lanes;
    private final AtomicIntegerArray inUse;

    /**
     * Creates the lanes of a resource.
     *
     * @param fields the resource's fields
     * @param lanes how many lanes: more than the units the reader has in flight at once
     */
    public ProfileLanes(List<SchemaField> fields, int lanes) {
        this.fields = fields;
        this.exactDistinct = exactDistinct(fields.size());
        this.lanes = new FieldProfile[lanes][];
        this.inUse = new AtomicIntegerArray(lanes);
    }

    /**
     * How many distinct values of each field are counted exactly in a resource of so many fields.
     *
     * @param fields the resource's fields
     * @return between 16 and 1,000
     */
    static int exactDistinct(int fields) {
        return Math.max(16, Math.min(ValueCounts.EXACT_DISTINCT, EXACT_VALUES_PER_LANE / Math.max(1, fields)));
    }

    /**
     * The most memory the profiles of a resource may take.
     *
     * @param fields the resource's fields
     * @param lanes its lanes
     * @return bytes
     */
    public static long bytesNeeded(int fields, int lanes) {
        return (long) lanes * fields * (SKETCHED_FIELD_BYTES + EXACT_VALUE_BYTES * exactDistinct(fields));
    }

    /**
     * Takes the profiles of a unit's lane, on the worker that casts it; give them back with {@link #release}.
     *
     * @param unit the unit's number in its file
     * @return the lane's profiles, one per field
     */
    public FieldProfile[] take(long unit) {
        int lane = (int) (unit % lanes.length);
        if (!inUse.compareAndSet(lane, 0, 1)) {
            throw new IllegalStateException("Profile lane " + lane + " taken for unit " + unit + " while in use");
        }
        if (lanes[lane] == null) {
            lanes[lane] = fields.stream()
                    .map(field -> new FieldProfile(field, exactDistinct))
                    .toArray(FieldProfile[]::new);
        }
        return lanes[lane];
    }

    /**
     * Gives back the profiles of a unit's lane.
     *
     * @param unit the unit's number in its file
     */
    public void release(long unit) {
        inUse.set((int) (unit % lanes.length), 0);
    }

    /**
     * The lanes merged in their order: call when every unit was consumed.
     *
     * @param resource the resource's name
     * @param rows how many rows it has
     * @return the profile of every field
     */
    public DataSummary.Profile profile(String resource, long rows) {
        List<DataSummary.Field> summaries = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldProfile merged = new FieldProfile(fields.get(i), exactDistinct);
            for (FieldProfile[] lane : lanes) {
                if (lane != null) {
                    merged.merge(lane[i]);
                }
            }
            summaries.add(merged.summary());
        }
        return new DataSummary.Profile(resource, rows, summaries);
    }
}
