package org.bilet.sla;

import java.io.Serializable;
import java.util.Map;

/**
 * A policy as administrators write it. Conditions name a priority code, a category key, a team key,
 * an organization name and a channel; an empty one holds for every ticket. Targets are minutes of
 * business time; a target left empty makes no such promise. Policies are tried by {@code position}.
 */
public record PolicyDefinition(
        String key,
        String name,
        Integer position,
        Boolean fallback,
        String calendar,
        String priority,
        String category,
        String team,
        String organization,
        String channel,
        Integer firstResponseMinutes,
        Integer nextResponseMinutes,
        Integer resolutionMinutes,
        Integer warningPercent,
        Integer autoCloseDays,
        Map<String, String> translations) implements Serializable {

    /** Without a word about translations: a new policy has none, a change keeps them. */
    public PolicyDefinition(String key, String name, Integer position, Boolean fallback, String calendar, String priority,
                            String category, String team, String organization, String channel, Integer firstResponseMinutes,
                            Integer nextResponseMinutes, Integer resolutionMinutes, Integer warningPercent, Integer autoCloseDays) {
        this(key, name, position, fallback, calendar, priority, category, team, organization, channel, firstResponseMinutes,
                nextResponseMinutes, resolutionMinutes, warningPercent, autoCloseDays, null);
    }

    static PolicyDefinition of(SlaPolicy policy) {
        var c = policy.conditions();
        var t = policy.targets();
        return new PolicyDefinition(policy.key(), policy.name(), policy.position(), policy.isFallback(), policy.calendar().key(),
                c.priority() == null ? null : c.priority().code(), c.category() == null ? null : c.category().key(),
                c.team() == null ? null : c.team().key(), c.organization() == null ? null : c.organization().name(),
                c.channel() == null ? null : c.channel().name(),
                t.firstResponseMinutes(), t.nextResponseMinutes(), t.resolutionMinutes(), t.warningPercent(), t.autoCloseDays(),
                policy.nameTranslations().asMap());
    }
}
