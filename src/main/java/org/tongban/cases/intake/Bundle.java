package org.tongban.cases.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.tongban.privacy.Encrypted;

/** A one-thing bundle (一件事): several items applied for in one submission. */
@Entity
@Table(name = "bundle")
public class Bundle extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** What clients see and use in URLs: B-&lt;yyyyMMdd&gt;-&lt;sequence&gt;. */
    public String reference;

    /** The applicant's resident ID number, or an organisation's unified social credit code. */
    @Convert(converter = Encrypted.class)
    public String applicantIdentifier;

    public LocalDateTime createdAt;
}
