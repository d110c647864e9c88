package uk.ehcexchange.hub.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.ehcexchange.statutory.AssessmentClock;
import uk.ehcexchange.statutory.BankHolidays;
import uk.ehcexchange.statutory.Reg15Clock;
import uk.ehcexchange.statutory.WorkingDayCalendar;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Statutory days are English days: a transfer received at 00:30 BST belongs to that English date. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(ENGLAND);
    }

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return new WorkingDayCalendar(BankHolidays.englandAndWales());
    }

    @Bean
    Reg15Clock reg15Clock(WorkingDayCalendar calendar) {
        return new Reg15Clock(calendar);
    }

    /** The deadlines of an EHC needs assessment (regs 5, 8, 10, 13, 27). */
    @Bean
    AssessmentClock assessmentClock(WorkingDayCalendar calendar) {
        return new AssessmentClock(calendar);
    }
}
