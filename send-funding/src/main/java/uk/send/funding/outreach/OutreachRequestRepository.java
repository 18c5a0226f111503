package uk.send.funding.outreach;


import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutreachRequestRepository extends JpaRepository<OutreachRequest, Long> {

    /** A school's requests, newest first. */
    @Query("select r from OutreachRequest r where r.settingId = :settingId order by r.requestedOn desc, r.id desc")
    Page<OutreachRequest> ofSetting(long settingId, Pageable pageable);

    /** Requests to a provider: waiting first, then accepted, then the rest; oldest first within each. */
    @Query("""
            select r from OutreachRequest r where r.providerSettingId = :providerId
            order by case r.status when uk.send.funding.outreach.OutreachStatus.REQUESTED then 0
                                   when uk.send.funding.outreach.OutreachStatus.ACCEPTED then 1 else 2 end,
                     r.requestedOn, r.id""")
    Page<OutreachRequest> toProvider(long providerId, Pageable pageable);

}
