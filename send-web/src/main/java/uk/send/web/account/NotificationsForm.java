package uk.send.web.account;

import java.util.List;

import uk.send.domain.notifications.NoticeKind;

/**
 * The kinds of email an account holder wants (the ticked boxes; an unticked box is not sent). A value that is not
 * a kind is a field error, through the service's one binding.
 */
record NotificationsForm(List<NoticeKind> emailOn) {

    boolean wants(NoticeKind kind) {
        return emailOn != null && emailOn.contains(kind);
    }
}
