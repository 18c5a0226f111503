package uk.send.web.offer;

import org.springframework.web.multipart.MultipartFile;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;

/**
 * Form: an Open Referral UK file to import, with the category and way in given to services whose file does not
 * use the Local Offer's own vocabularies.
 */
record OfferImportForm(MultipartFile file, Category category, Access access) {

    static OfferImportForm empty() {
        return new OfferImportForm(null, Category.ADVICE_AND_SUPPORT, Access.OPEN);
    }
}
