/**
 * The SEN2 person-level return (DfE, collected each January) as XML: a plain record model of the return
 * ({@link uk.ehcexchange.adapters.sen2.Sen2Person} and the modules under it), the pure mapping of that model to the
 * XML of {@code schemas/sen2/sen2-2027.xsd} ({@link uk.ehcexchange.adapters.sen2.Sen2XmlWriter}), the validation
 * rules the SEN2 guide states in words ({@link uk.ehcexchange.adapters.sen2.Sen2Rules}) and the check of a written
 * file against the XSD ({@link uk.ehcexchange.adapters.sen2.Sen2Schema}). Gathering the facts from the hub's records
 * is the hub's (routes: {@code uk.ehcexchange.hub.sen2}); nothing here reads a database.
 */
package uk.ehcexchange.adapters.sen2;
