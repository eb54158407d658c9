package dk.coi.portal.ideastorm;

import java.util.List;
import java.util.Locale;

/** The ways a storm can run, as the phases staff start from; times are given when the storm is made. */
public enum StormTemplate {
    /** "Simpel idéstorm": ideas are collected openly, assessed and answered. */
    SIMPLE(List.of(
            new TemplatePhase(PhaseKind.OPEN, new PhaseSwitches(true, true, true, true)),
            new TemplatePhase(PhaseKind.EVALUATION, PhaseSwitches.CLOSED),
            new TemplatePhase(PhaseKind.CONCLUDED, PhaseSwitches.CLOSED))),
    /** "KLK-forløb": KLK's method, from needs and observations through themes and ideas to a vote and a test. */
    KLK(List.of(
            new TemplatePhase(PhaseKind.DISCOVERY, PhaseSwitches.COLLECTING),
            new TemplatePhase(PhaseKind.THEMATISING, PhaseSwitches.DISCUSSING),
            new TemplatePhase(PhaseKind.IDEA_DEVELOPMENT, PhaseSwitches.COLLECTING),
            new TemplatePhase(PhaseKind.VOTING, PhaseSwitches.VOTING),
            new TemplatePhase(PhaseKind.EVALUATION, PhaseSwitches.CLOSED),
            new TemplatePhase(PhaseKind.TEST, new PhaseSwitches(false, true, false, true)),
            new TemplatePhase(PhaseKind.CONCLUDED, PhaseSwitches.CLOSED)));

    /** A phase of the template: its kind and its switches. */
    public record TemplatePhase(PhaseKind kind, PhaseSwitches switches) {
    }

    private final List<TemplatePhase> phases;

    StormTemplate(List<TemplatePhase> phases) {
        this.phases = phases;
    }

    public List<TemplatePhase> phases() {
        return phases;
    }

    public String labelKey() {
        return "ideastorm.template." + name().toLowerCase(Locale.ROOT);
    }
}
