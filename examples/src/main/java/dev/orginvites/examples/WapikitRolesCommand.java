package dev.orginvites.examples;

import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.OrganizationRole;
import dev.orginvites.wapikit.model.RolePermission;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code invites wapikit roles list|get|create|update|delete}: roles and the permissions they grant. */
@Subcommands({
  WapikitRolesCommand.ListRoles.class,
  WapikitRolesCommand.Get.class,
  WapikitRolesCommand.Create.class,
  WapikitRolesCommand.Update.class,
  WapikitRolesCommand.Delete.class
})
@Command(
    name = "roles",
    description = "The organization's roles and the permissions they grant.",
    footerHeading = Examples.HEADING,
    footer = {
      "  # Against 'invites sandbox' on its default port:",
      "  invites wapikit roles list --base-url http://127.0.0.1:8080/wapikit/api \\",
      "      --api-key sandbox-key",
      "  invites wapikit roles create --base-url http://127.0.0.1:8080/wapikit/api \\",
      "      --api-key sandbox-key --name 'Campaign manager' --permission Get:Campaign"
    })
final class WapikitRolesCommand extends CommandGroup {
  /** The options of create and update: what a role is. */
  abstract static class Definition extends WapikitCommand.Action {
    @Option(names = "--name", required = true, paramLabel = "NAME", converter = WapikitConverters.Text.class,
        description = "The role's name.")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "What the role is for (default: none).")
    String description;

    @Option(
        names = "--permission",
        paramLabel = "PERMISSION",
        converter = WapikitConverters.RolePermissions.class,
        completionCandidates = WapikitConverters.RolePermissions.class,
        description = "A permission the role grants, as Action:Resource (any case); repeat for several, none for"
            + " a role without permissions. One of: ${COMPLETION-CANDIDATES}.")
    List<RolePermission> permissions;

    Definition(CliContext context) {
      super(context);
    }

    List<RolePermission> permissions() {
      return permissions == null ? List.of() : permissions;
    }

    void print(OrganizationRole role, String done) {
      options.print(context, WapikitViews.json(role), () -> {
        context.out().println(done);
        context.out().println(WapikitViews.text(role));
      });
    }
  }

  /** {@code invites wapikit roles list}. */
  @Command(
      name = "list",
      description = "List roles, one page or all of them.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit roles list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key",
        "  invites wapikit roles list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --all --sort desc --json"
      })
  static final class ListRoles extends WapikitCommand.Action {
    @Mixin ListOptions list;

    ListRoles(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      return list.print(context, options, client.roles()::list, client.roles()::listAll, WapikitViews.ROLES);
    }
  }

  /** {@code invites wapikit roles get}. */
  @Command(
      name = "get",
      description = "Show a role and its permissions.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit roles get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id role_demo"
      })
  static final class Get extends WapikitCommand.Action {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The role's id (see 'roles list').")
    String id;

    Get(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      OrganizationRole role = client.roles().get(id);
      options.print(context, WapikitViews.json(role), () -> context.out().println(WapikitViews.text(role)));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit roles create}. */
  @Command(
      name = "create",
      description = "Create a role with permissions.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit roles create --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --name 'Campaign manager' --description 'Runs campaigns' \\",
        "      --permission Get:Campaign --permission Create:Campaign --permission Update:Campaign",
        "  invites wapikit roles create --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --name Viewer --permission get:contact --json"
      })
  static final class Create extends Definition {
    Create(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      OrganizationRole role = client.roles().create(name, description, permissions());
      print(role, "Created role " + role.getUniqueId());
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit roles update}. */
  @Command(
      name = "update",
      description = "Replace a role's name, description and permissions.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit roles update --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id role_demo --name 'Support lead' \\",
        "      --permission Get:Conversation --permission Assign:Conversation"
      })
  static final class Update extends Definition {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The role's id.")
    String id;

    Update(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      OrganizationRole role = client.roles().update(id, name, description, permissions());
      print(role, "Updated role " + id);
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit roles delete}. */
  @Command(
      name = "delete",
      description = "Delete a role; a role still assigned to a member is refused (exit 5).",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit roles delete --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id role_demo"
      })
  static final class Delete extends WapikitCommand.Action {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The role's id.")
    String id;

    Delete(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      boolean deleted = client.roles().delete(id);
      options.print(context, WapikitViews.flag("data", deleted), () -> context.out().println("Deleted role " + id));
      return ExitCodes.OK;
    }
  }
}
