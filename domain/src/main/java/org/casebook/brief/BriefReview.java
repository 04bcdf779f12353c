package org.casebook.brief;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.casebook.account.Access;
import org.casebook.account.AccountService;
import org.casebook.account.AccountSummary;
import org.casebook.account.Caller;
import org.casebook.account.Callers;
import org.casebook.account.NotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's review of a brief started from an assignment of their class: comments on its cards (or on the whole
 * brief) and giving a submitted brief back. Everyone who sees a brief reads its comments. A brief the caller may not
 * see is "no brief"; one they see but do not review (a student's own) is {@link NotAllowedException}. Comments come
 * and go without changing the brief's version. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class BriefReview {
    private final BriefRepository briefs;
    private final BriefService service;
    private final CommentRepository comments;
    private final AccountService accounts;
    private final Callers callers;
    private final Access access;
    private final Clock clock;

    BriefReview(BriefRepository briefs, BriefService service, CommentRepository comments, AccountService accounts,
            Callers callers, Access access, Clock clock) {
        this.briefs = briefs;
        this.service = service;
        this.comments = comments;
        this.accounts = accounts;
        this.callers = callers;
        this.access = access;
        this.clock = clock;
    }

    /** Gives a submitted brief back to its builders, to work on and submit again. */
    @Transactional
    public BriefDocument giveBack(long briefId) {
        Brief brief = reviewed(briefId);
        brief.giveBack();
        briefs.flush();
        return service.document(brief);
    }

    /** A comment on a card of the brief ({@code entryId}) or on the whole brief (null). */
    @Transactional
    public BriefComment comment(long briefId, @Nullable Long entryId, String text) {
        Brief brief = reviewed(briefId);
        if (entryId != null) {
            brief.entry(entryId);
        }
        var saved = comments.saveAndFlush(new Comment(briefId, entryId, callers.require().accountId(),
                BriefTexts.checkedNote(text), clock.instant()));
        return comment(saved, accounts.named(List.of(saved.authorId())));
    }

    /** The comments on a brief the caller may see, oldest first; none for a brief they may not see. */
    public List<BriefComment> comments(long briefId) {
        if (!access.canSeeBrief(callers.current(), briefId)) {
            return List.of();
        }
        var list = comments.findByBriefIdOrderByCreatedAtAscIdAsc(briefId);
        var authors = accounts.named(list.stream().map(Comment::authorId).distinct().toList());
        return list.stream().map(c -> comment(c, authors)).toList();
    }

    private Brief reviewed(long briefId) {
        Caller caller = callers.require();
        if (!access.canSeeBrief(Optional.of(caller), briefId)) {
            throw new IllegalArgumentException("no brief " + briefId);
        }
        if (!access.reviewsBrief(caller, briefId)) {
            throw new NotAllowedException("only the class's teacher reviews a brief");
        }
        return briefs.findForUpdate(briefId).orElseThrow(() -> new IllegalArgumentException("no brief " + briefId));
    }

    private static BriefComment comment(Comment c, List<AccountSummary> authors) {
        String author = authors.stream().filter(a -> a.id() == c.authorId()).map(AccountSummary::displayName)
                .findFirst().orElse("?");
        return new BriefComment(c.id(), c.entryId(), author, c.text(), c.createdAt());
    }
}
