package uk.send.web.commissioning;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.send.commissioning.disclosure.Figure;
import uk.send.commissioning.disclosure.Rate;
import uk.send.commissioning.disclosure.SmallNumbers;
import uk.send.domain.reference.Money;

/**
 * The words of a published figure, the same on a page ({@code ${@figures.text(f)}}), in a CSV file and in a chart's
 * table: its value, or "fewer than 5", or "withheld". Only figures that passed through {@link SmallNumbers} reach it.
 */
@Component("figures")
public class FigureText {

    private final MessageSource messages;

    FigureText(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Figure figure) {
        return text(figure, LocaleContextHolder.getLocale());
    }

    public String text(Figure figure, Locale locale) {
        return figure.isShown() ? String.valueOf(figure.value()) : messages.getMessage(figure.messageKey(), null, locale);
    }

    public String rate(Rate rate) {
        return rate(rate, LocaleContextHolder.getLocale());
    }

    public String rate(Rate rate, Locale locale) {
        if (!rate.isShown()) {
            return messages.getMessage(rate.messageKey(), null, locale);
        }
        return rate.percent() == null ? messages.getMessage("kpi.noData", null, locale) : rate.percent() + "%";
    }

    /** A rate in a CSV cell: the bare number, or the words. */
    public Object rateCell(Rate rate, Locale locale) {
        return rate.isShown() ? rate.percent() : messages.getMessage(rate.messageKey(), null, locale);
    }

    /** A count in a CSV cell: the bare number, or the words. */
    public Object cell(Figure figure, Locale locale) {
        return figure.isShown() ? figure.value() : messages.getMessage(figure.messageKey(), null, locale);
    }

    /** "5 of 6 (83.3%)" with each part in its published words. */
    public String countOf(SmallNumbers.Share share) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("kpi.countOf", new Object[] {text(share.part(), locale), text(share.whole(), locale),
                rate(share.rate(), locale)}, locale);
    }

    /** An amount of money that follows a count: the amount, or "withheld" when null. */
    public String money(Money money) {
        return money == null ? messages.getMessage("disclosure.WITHHELD", null, LocaleContextHolder.getLocale())
                : money.format();
    }
}
