package org.bilet.web.admin;

import java.io.Serializable;
import java.util.Map;
import org.bilet.sla.PolicyDefinition;

/**
 * A policy as its form holds it: conditions as chosen keys ("" for any), targets as hours and
 * minutes. Turned into the service's definition on saving; nothing here is checked, the service
 * checks it all and names each field.
 */
public class PolicyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String name;
    private Integer position;
    private boolean fallback;
    private String calendar;
    private String priority;
    private String category;
    private String team;
    private String organization;
    private String channel;
    private Integer firstResponseHours;
    private Integer firstResponseMinutes;
    private Integer nextResponseHours;
    private Integer nextResponseMinutes;
    private Integer resolutionHours;
    private Integer resolutionMinutes;
    private Integer warningPercent;
    private Integer autoCloseDays;
    private final TranslationInputs translations = new TranslationInputs("translations");

    static PolicyForm blank(String calendar) {
        var form = new PolicyForm();
        form.position = 100;
        form.calendar = calendar;
        form.warningPercent = 80;
        form.autoCloseDays = 7;
        return form;
    }

    static PolicyForm of(PolicyDefinition p) {
        var form = new PolicyForm();
        form.key = p.key();
        form.name = p.name();
        form.position = p.position();
        form.fallback = Boolean.TRUE.equals(p.fallback());
        form.calendar = p.calendar();
        form.priority = p.priority();
        form.category = p.category();
        form.team = p.team();
        form.organization = p.organization();
        form.channel = p.channel();
        form.firstResponseHours = hours(p.firstResponseMinutes());
        form.firstResponseMinutes = minutes(p.firstResponseMinutes());
        form.nextResponseHours = hours(p.nextResponseMinutes());
        form.nextResponseMinutes = minutes(p.nextResponseMinutes());
        form.resolutionHours = hours(p.resolutionMinutes());
        form.resolutionMinutes = minutes(p.resolutionMinutes());
        form.warningPercent = p.warningPercent();
        form.autoCloseDays = p.autoCloseDays();
        form.translations.load(p.translations());
        return form;
    }

    PolicyDefinition definition() {
        return new PolicyDefinition(key, name, position, fallback, calendar, orNull(priority), orNull(category),
                orNull(team), orNull(organization), orNull(channel),
                total(firstResponseHours, firstResponseMinutes), total(nextResponseHours, nextResponseMinutes),
                total(resolutionHours, resolutionMinutes), warningPercent, autoCloseDays, translations.sent());
    }

    /** The input of a translation a refusal names ("translations.pl"); null for other fields. */
    String translationInput(String field) {
        return translations.clientId("policy", field);
    }

    /** The name in the other languages, as typed. */
    public Map<String, String> getTranslations() {
        return translations.texts();
    }

    /** Both empty: no such promise; one given: the other counts as zero. */
    static Integer total(Integer hours, Integer minutes) {
        if (hours == null && minutes == null) {
            return null;
        }
        return (hours == null ? 0 : hours) * 60 + (minutes == null ? 0 : minutes);
    }

    private static Integer hours(Integer minutes) {
        return minutes == null ? null : minutes / 60;
    }

    private static Integer minutes(Integer minutes) {
        return minutes == null ? null : minutes % 60;
    }

    private static String orNull(String choice) {
        return choice == null || choice.isEmpty() ? null : choice;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public boolean isFallback() {
        return fallback;
    }

    public void setFallback(boolean fallback) {
        this.fallback = fallback;
    }

    public String getCalendar() {
        return calendar;
    }

    public void setCalendar(String calendar) {
        this.calendar = calendar;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public Integer getFirstResponseHours() {
        return firstResponseHours;
    }

    public void setFirstResponseHours(Integer v) {
        this.firstResponseHours = v;
    }

    public Integer getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public void setFirstResponseMinutes(Integer v) {
        this.firstResponseMinutes = v;
    }

    public Integer getNextResponseHours() {
        return nextResponseHours;
    }

    public void setNextResponseHours(Integer v) {
        this.nextResponseHours = v;
    }

    public Integer getNextResponseMinutes() {
        return nextResponseMinutes;
    }

    public void setNextResponseMinutes(Integer v) {
        this.nextResponseMinutes = v;
    }

    public Integer getResolutionHours() {
        return resolutionHours;
    }

    public void setResolutionHours(Integer v) {
        this.resolutionHours = v;
    }

    public Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    public void setResolutionMinutes(Integer v) {
        this.resolutionMinutes = v;
    }

    public Integer getWarningPercent() {
        return warningPercent;
    }

    public void setWarningPercent(Integer warningPercent) {
        this.warningPercent = warningPercent;
    }

    public Integer getAutoCloseDays() {
        return autoCloseDays;
    }

    public void setAutoCloseDays(Integer autoCloseDays) {
        this.autoCloseDays = autoCloseDays;
    }
}
