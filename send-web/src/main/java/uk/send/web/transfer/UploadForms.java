package uk.send.web.transfer;

import org.springframework.web.multipart.MultipartFile;

/** The upload forms of the imports page, each with a field of its own name (ids on one page are unique). */
final class UploadForms {

    private UploadForms() {
    }

    /** Form: a GIAS establishment extract. */
    record GiasUpload(MultipartFile extract) {
    }

    /** Form: a children migration file. */
    record ChildrenUpload(MultipartFile migration) {
    }

    /** Form: an EHC plans migration file. */
    record PlansUpload(MultipartFile plansFile) {
    }

    /** Form: a SEN Support migration file. */
    record SupportUpload(MultipartFile supportFile) {
    }

    /** Form: a top-up awards migration file. */
    record AwardsUpload(MultipartFile awardsFile) {
    }
}
