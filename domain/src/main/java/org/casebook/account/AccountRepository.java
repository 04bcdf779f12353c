package org.casebook.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<Account> findFirstByRoleOrderByIdAsc(Role role);

    List<Account> findByIdIn(Collection<Long> ids);
}
