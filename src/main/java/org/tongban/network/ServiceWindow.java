package org.tongban.network;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;
import java.util.TreeSet;

/**
 * A window (窗口) at a service point. It lists which items it accepts — by item, or a whole category
 * for a comprehensive window (一窗受理) — and whether it is open. It has no say in how an item is
 * handled: criteria, materials, flow and deadline come from the item version alone.
 */
@Entity
@Table(name = "service_window")
public class ServiceWindow extends PanacheEntityBase {

    @Id
    public String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_point_code")
    public ServicePoint servicePoint;

    public String nameZh;
    public String nameEn;

    @Column(name = "is_open")
    public boolean open;

    @ElementCollection
    @CollectionTable(name = "window_item", joinColumns = @JoinColumn(name = "window_code"))
    @Column(name = "item_code")
    public Set<String> items = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "window_category", joinColumns = @JoinColumn(name = "window_code"))
    @Column(name = "category")
    public Set<String> categories = new TreeSet<>();

    @Version
    public int rowVersion;

    public boolean accepts(String itemCode, String itemCategory) {
        return items.contains(itemCode) || categories.contains(itemCategory);
    }
}
