package org.casebook.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Collects a response body up to a byte limit. Past the limit it cancels the subscription, which makes the HTTP
 * client drop the connection, and fails with {@link TooLargeException}, so an oversized download costs at most
 * the limit. Used by one response at a time.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private static final byte[] NOTHING = new byte[0];

    /** The body went over the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("body exceeds " + limit + " bytes");
        }
    }

    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private Flow.@Nullable Subscription subscription;

    CappedBodySubscriber(long limit) {
        this.limit = limit;
    }

    /** A subscriber that takes no body at all: it cancels at once and yields an empty array. */
    static CappedBodySubscriber discarding() {
        return new CappedBodySubscriber(-1);
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (limit < 0) {
            newSubscription.cancel();
            result.complete(NOTHING);
        } else {
            newSubscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (body.size() + (long) buffer.remaining() > limit) {
                cancelSubscription();
                result.completeExceptionally(new TooLargeException(limit));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            body.writeBytes(chunk);
        }
    }

    private void cancelSubscription() {
        if (subscription != null) {
            subscription.cancel();
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(body.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
