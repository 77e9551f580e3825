package io.mediamon.alert.model;

import java.util.ArrayList;
import java.util.List;

/** One story about one entity: its headline, the outlets that carried it, when it was first seen and its size. */
public final class StorySummary {
    public static final int MAX_OUTLETS = 20;

    public String storyId;
    public String headline;
    public List<String> outlets = new ArrayList<>();
    public long firstSeen;
    /** Mentions of the entity in this story, syndicated copies included. */
    public long size;
}
