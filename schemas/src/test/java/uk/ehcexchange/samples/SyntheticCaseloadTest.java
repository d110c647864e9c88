package uk.ehcexchange.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.validation.CanonicalValidator;
import uk.ehcexchange.model.validation.NhsNumber;
import uk.ehcexchange.model.validation.UniquePupilNumber;

class SyntheticCaseloadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final SyntheticCaseload caseload = new SyntheticCaseload("919", 42, TODAY);

    @Test
    void everyPlanPassesTheCanonicalRules() {
        caseload.plans(3_000).forEach(plan ->
                assertThat(CanonicalValidator.validate(plan, CLOCK)).as(plan.planId()).isEmpty());
    }

    @Test
    void identifiersAreUniqueAndCheckDigitsValid() {
        Set<String> planIds = new HashSet<>();
        Set<String> nhsNumbers = new HashSet<>();
        caseload.plans(3_000).forEach(plan -> {
            assertThat(planIds.add(plan.planId())).as("unique plan id").isTrue();
            String nhs = plan.child().nhsNumber();
            if (nhs != null) {
                assertThat(nhs).startsWith("999");
                assertThat(NhsNumber.isValid(nhs)).isTrue();
                nhsNumbers.add(nhs);
            }
            if (plan.child().upn() != null) {
                assertThat(UniquePupilNumber.isValid(plan.child().upn())).isTrue();
            }
        });
        assertThat(nhsNumbers).as("NHS numbers are drawn, not repeated").hasSizeGreaterThan(2_800);
    }

    @Test
    void theCaseloadVariesLikeARealOne() {
        List<EhcPlan> plans = caseload.plans(1_000).toList();
        Set<PlanStatus> statuses = EnumSet.noneOf(PlanStatus.class);
        plans.forEach(p -> statuses.add(p.status()));
        assertThat(statuses).containsExactlyInAnyOrder(PlanStatus.values());
        assertThat(plans).anyMatch(p -> p.sections().g().items().isEmpty())
                .anyMatch(p -> p.sections().j().lines().size() > 1)
                .anyMatch(p -> p.sections().i().establishment() == null)
                .anyMatch(p -> p.sections().i().establishment() != null && p.sections().i().establishment().ukprn() != null)
                .anyMatch(p -> p.sections().e().outcomes().size() == SyntheticCaseload.MAX_OUTCOMES)
                .anyMatch(p -> p.child().upn() == null);
        assertThat(plans).allSatisfy(p -> {
            assertThat(p.sections().e().outcomes()).hasSizeLessThanOrEqualTo(SyntheticCaseload.MAX_OUTCOMES);
            assertThat(p.sections().k().advice()).hasSizeLessThanOrEqualTo(SyntheticCaseload.MAX_ADVICE);
            assertThat(p.sections().j().lines()).hasSizeLessThanOrEqualTo(SyntheticCaseload.MAX_BUDGET_LINES);
            for (var section : List.of(p.sections().f(), p.sections().g(), p.sections().h1(), p.sections().h2())) {
                assertThat(section.items()).hasSizeLessThanOrEqualTo(SyntheticCaseload.MAX_PROVISION_ITEMS);
            }
        });
    }

    @Test
    void aPlanDependsOnlyOnSeedCouncilAndIndex() throws Exception {
        EhcPlan again = new SyntheticCaseload("919", 42, TODAY).plan(517);
        assertThat(again).isEqualTo(caseload.plan(517));
        assertThat(new SyntheticCaseload("919", 43, TODAY).plan(517)).isNotEqualTo(again);
        assertThat(again.planId()).isEqualTo("SYN-919-000518");
        long bytes = 0;
        for (int i = 0; i < 200; i++) {
            bytes += CanonicalJson.mapper().writeValueAsBytes(caseload.plan(i)).length;
        }
        assertThat(bytes / 200).as("average canonical JSON size, bytes").isBetween(6_000L, 30_000L);
    }
}
