package dev.marsad.link;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.Story;
import dev.marsad.index.WriteConflict;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * A test's index as a shared index would be if another writer had changed the stories of some
 * writes, or if some story writes failed: story writes are counted from 1, and those {@code
 * refused} names fail before reaching the index; every other call goes to the real index.
 */
final class StoryRefusingIndex {

    private StoryRefusingIndex() {}

    /** The refused writes fail with {@link WriteConflict}. */
    static ArticleIndex over(ArticleIndex index, AtomicInteger storyWrites, IntPredicate refused) {
        return over(
                index,
                storyWrites,
                refused,
                story -> WriteConflict.onStory(story.id(), "a write of the test's other writer", null));
    }

    /** The refused writes fail with the exception {@code failure} makes for the story. */
    static ArticleIndex over(
            ArticleIndex index,
            AtomicInteger storyWrites,
            IntPredicate refused,
            Function<Story, RuntimeException> failure) {
        return over(index, Story.class, storyWrites, refused, failure);
    }

    /**
     * Writes of records of one kind ({@link Story}, {@link dev.marsad.index.Storyline}) are counted
     * from 1, and those {@code refused} names fail with the exception {@code failure} makes.
     */
    static <T> ArticleIndex over(
            ArticleIndex index,
            Class<T> kind,
            AtomicInteger writes,
            IntPredicate refused,
            Function<? super T, RuntimeException> failure) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("put")
                    && args.length == 1
                    && kind.isInstance(args[0])
                    && refused.test(writes.incrementAndGet())) throw failure.apply(kind.cast(args[0]));
            try {
                return method.invoke(index, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (ArticleIndex) Proxy.newProxyInstance(
                ArticleIndex.class.getClassLoader(), new Class<?>[] {ArticleIndex.class}, handler);
    }
}
