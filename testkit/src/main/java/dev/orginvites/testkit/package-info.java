/**
 * In-process fakes of both services for tests: a {@link dev.orginvites.testkit.Sandbox} serves the stateful
 * {@link dev.orginvites.testkit.WnologyFake} and {@link dev.orginvites.testkit.WapikitFake} on loopback, checks every
 * request against the OpenAPI specs, and holds the emails the services would send in its
 * {@link dev.orginvites.testkit.SandboxOutbox}. {@link dev.orginvites.testkit.SandboxFixtures} names the demo data.
 *
 * <p>In a JUnit 5 test, use {@link dev.orginvites.testkit.junit.SandboxExtension}.
 */
package dev.orginvites.testkit;
