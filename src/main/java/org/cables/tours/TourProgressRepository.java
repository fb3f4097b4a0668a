package org.cables.tours;

import org.springframework.data.jpa.repository.JpaRepository;

interface TourProgressRepository extends JpaRepository<TourProgress, TourProgress.Key> {

    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true, flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query("DELETE FROM TourProgress p WHERE p.key.visitorId = :visitor")
    int deleteByVisitor(@org.springframework.data.repository.query.Param("visitor") String visitor);
}
