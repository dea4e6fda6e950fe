package dev.orginvites.examples;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command's subcommands, read by {@link CommandTree} instead of picocli's own {@code subcommands} attribute:
 * picocli would build the model of every command of the tree on every run, which is most of a one-call run's
 * start-up; {@link CommandTree} builds only the branch the command line names.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface Subcommands {
  /** The subcommands, in the order help lists them. */
  Class<?>[] value();
}
