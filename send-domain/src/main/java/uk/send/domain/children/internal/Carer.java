package uk.send.domain.children.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.send.domain.access.internal.UserAccount;
import uk.send.domain.children.Relationship;

/** A parent or carer of a child. One with an account sees that child's record, and only theirs. */
@Entity
@Table(name = "carer")
public class Carer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Relationship relationship;

    @Column(name = "parental_responsibility", nullable = false)
    private boolean parentalResponsibility;

    @Column(length = 254)
    private String email;

    @Column(length = 30)
    private String phone;

    @Column(length = 500)
    private String address;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount account;

    @Version
    private int version;

    protected Carer() {
    }

    public Carer(Child child, String givenName, String familyName, Relationship relationship, boolean parentalResponsibility) {
        this.child = child;
        this.givenName = givenName.trim();
        this.familyName = familyName.trim();
        this.relationship = relationship;
        this.parentalResponsibility = parentalResponsibility;
    }

    public void contactBy(String email, String phone) {
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
    }

    public void liveAt(String address) {
        this.address = address == null || address.isBlank() ? null : address.strip();
    }

    public void linkAccount(UserAccount account) {
        this.account = account;
    }

    public Long getId() {
        return id;
    }

    public Child getChild() {
        return child;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public boolean hasParentalResponsibility() {
        return parentalResponsibility;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public UserAccount getAccount() {
        return account;
    }
}
