package org.tongban.delegation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One entry of the delegation register (强区放权): who holds an item where, from when to when. */
@Entity
@Table(name = "delegation")
public class Delegation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String itemCode;
    /** A division code, a zone code, or 350200 for the city as a whole. */
    public String districtCode;

    public String holderZh;
    public String holderEn;
    public String exerciseLevel;
    /** 1 法定本级行使 2 上级下放 3 上级授权 4 同级授权 5 上级委托 6 同级委托 */
    public String powerSource;

    public String delegatedFromZh;
    public String delegatedFromEn;
    public String legalBasisZh;
    public String legalBasisEn;
    public LocalDate validFrom;
    public LocalDate validTo;
    public String receivedAt;
    public String handledBy;
}
