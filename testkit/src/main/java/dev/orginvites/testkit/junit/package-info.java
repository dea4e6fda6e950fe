/**
 * JUnit 5 support: {@link dev.orginvites.testkit.junit.SandboxExtension} runs the sandbox for a test class and hands
 * out clients pointed at it.
 */
package dev.orginvites.testkit.junit;
