package dev.orginvites.examples;

import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.OrganizationMember;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code invites wapikit members list|get|update|set-roles|remove}: the organization's members. */
@Subcommands({
  WapikitMembersCommand.ListMembers.class,
  WapikitMembersCommand.Get.class,
  WapikitMembersCommand.Update.class,
  WapikitMembersCommand.SetRoles.class,
  WapikitMembersCommand.Remove.class
})
@Command(
    name = "members",
    description = "The organization's members: who joined, their access level and roles.",
    footerHeading = Examples.HEADING,
    footer = {
      "  # Against 'invites sandbox' on its default port:",
      "  invites wapikit members list --base-url http://127.0.0.1:8080/wapikit/api \\",
      "      --api-key sandbox-key",
      "  invites wapikit members get --base-url http://127.0.0.1:8080/wapikit/api \\",
      "      --api-key sandbox-key --id mem_demo"
    })
final class WapikitMembersCommand extends CommandGroup {
  /** {@code invites wapikit members list}. */
  @Command(
      name = "list",
      description = "List members with their access level and roles, one page or all of them.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit members list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key",
        "  invites wapikit members list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --page 1 --per-page 10 --sort desc",
        "  invites wapikit members list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --all --json"
      })
  static final class ListMembers extends WapikitCommand.Action {
    @Mixin ListOptions list;

    ListMembers(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      return list.print(context, options, client.members()::list, client.members()::listAll, WapikitViews.MEMBERS);
    }
  }

  /** {@code invites wapikit members get}. */
  @Command(
      name = "get",
      description = "Show a member with their roles.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit members get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id mem_demo",
        "  invites wapikit members get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id mem_demo --json"
      })
  static final class Get extends WapikitCommand.Action {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The member's id (see 'members list').")
    String id;

    Get(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      OrganizationMember member = client.members().get(id);
      options.print(context, WapikitViews.json(member), () -> context.out().println(WapikitViews.text(member)));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit members update}. */
  @Command(
      name = "update",
      description = "Change a member's access level.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit members update --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id mem_demo --access-level owner"
      })
  static final class Update extends WapikitCommand.Action {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The member's id.")
    String id;

    @Option(
        names = "--access-level",
        required = true,
        paramLabel = "owner|member",
        converter = ChoiceConverter.AccessLevels.class,
        completionCandidates = ChoiceConverter.AccessLevels.class,
        description = "The member's new access: ${COMPLETION-CANDIDATES} (any case).")
    AccessLevel accessLevel;

    Update(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      Optional<OrganizationMember> member = client.members().updateAccessLevel(id, accessLevel);
      options.print(context,
          member.map(WapikitViews::json).orElseGet(() -> WapikitViews.flag("updated", true)),
          () -> context.out().println("Member " + id + " now has access level " + accessLevel));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit members set-roles}. */
  @Command(
      name = "set-roles",
      description = "Replace a member's roles (no --role-id: remove every role).",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit members set-roles --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id mem_demo --role-id role_demo",
        "  # No role at all:",
        "  invites wapikit members set-roles --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id mem_demo"
      })
  static final class SetRoles extends WapikitCommand.Action {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The member's id.")
    String id;

    @Option(names = "--role-id", paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "A role the member is to have (see 'roles list'); repeat for several.")
    List<String> roleIds;

    SetRoles(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      List<String> roles = roleIds == null ? List.of() : roleIds;
      boolean updated = client.members().setRoles(id, roles);
      options.print(context, WapikitViews.flag("isRoleUpdated", updated),
          () -> context.out().println(roles.isEmpty()
              ? "Member " + id + " has no roles now"
              : "Member " + id + " has the roles " + String.join(", ", roles) + " now"));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit members remove}. */
  @Command(
      name = "remove",
      description = "Remove a member from the organization.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit members remove --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id mem_demo"
      })
  static final class Remove extends WapikitCommand.Action {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The member's id.")
    String id;

    Remove(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      boolean removed = client.members().remove(id);
      options.print(context, WapikitViews.flag("data", removed),
          () -> context.out().println("Removed member " + id));
      return ExitCodes.OK;
    }
  }
}
