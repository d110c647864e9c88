package uk.ehcexchange.hub.transfer.pkg;

import uk.ehcexchange.model.transfer.TransferPackage;

/**
 * Turns a transfer package into the bytes that travel and back. This is the one place the transfer path touches
 * the package's wire form, so signing and encryption replace this codec without reshaping the routes.
 */
public interface TransferPackageCodec {

    byte[] seal(TransferPackage transferPackage);

    /** @throws PackageRejectedException when the bytes are not a package this hub can accept */
    TransferPackage open(byte[] sealed);
}
