package org.casebook.article;

import org.springframework.data.jpa.repository.JpaRepository;

interface CounterLinkRepository extends JpaRepository<CounterLink, Long> {}
