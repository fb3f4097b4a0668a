package org.cables.tours;

import org.springframework.data.jpa.repository.JpaRepository;

interface TourProgressRepository extends JpaRepository<TourProgress, TourProgress.Key> {
}
