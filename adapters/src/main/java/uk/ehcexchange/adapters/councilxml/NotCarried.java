package uk.ehcexchange.adapters.councilxml;

/**
 * Something a document held that the target format cannot carry. Mappers never drop data silently: they list
 * each such value so that the hub can tell the sender and record it.
 *
 * @param element where the value was: an XPath in council XML (local names, positions from 1) or a canonical
 *                field path, whichever side held it
 * @param reason  why it could not be carried, without the value itself (it may be personal data)
 */
public record NotCarried(String element, String reason) {
}
