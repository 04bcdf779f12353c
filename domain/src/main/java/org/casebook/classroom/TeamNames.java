package org.casebook.classroom;

/** How a team is named in a sentence: "Team Blue" for a team called "Blue", "Team 1" as it is (not "Team Team 1"). */
public final class TeamNames {
    private TeamNames() {}

    public static String label(String name) {
        return name.regionMatches(true, 0, "team", 0, 4) ? name : "Team " + name;
    }
}
