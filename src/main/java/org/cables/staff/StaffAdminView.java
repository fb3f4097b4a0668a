package org.cables.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.cables.ui.ConfirmDestructive;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * For admins: the staff accounts. Admins create teacher (and admin) accounts here, set a new
 * password for someone who forgot theirs, and remove accounts (a removed teacher's classes go too).
 */
@Route("admin/staff")
@RolesAllowed("ADMIN")
@Menu(title = "nav.staff", order = 21, icon = "vaadin:key")
final class StaffAdminView extends Div implements HasDynamicTitle {

    private final StaffAccounts accounts;
    private final AuthenticationContext authentication;
    private final Grid<StaffAccount> grid = new Grid<>();
    private final Paragraph outcome = new Paragraph();

    StaffAdminView(StaffAccounts accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        addClassNames("admin-view", "staff-admin-view", "reading-wide");
        outcome.addClassName("staff-outcome");
        outcome.getElement().setAttribute("role", "status");

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addClassName("staff-accounts");
        grid.setAllRowsVisible(true);
        grid.addColumn(StaffAccount::username).setHeader(getTranslation("staff.username")).setAutoWidth(true);
        grid.addColumn(StaffAccount::displayName).setHeader(getTranslation("staff.display-name")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("staff.role." + a.role().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("staff.role")).setAutoWidth(true);
        grid.addColumn(a -> when.format(a.createdAt().atZone(ZoneId.systemDefault()))).setHeader(getTranslation("staff.created"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("staff.actions")).setAutoWidth(true);
        grid.getElement().setAttribute("aria-label", getTranslation("staff.accounts"));

        TextField username = new TextField(getTranslation("staff.username"));
        username.setHelperText(getTranslation("staff.username-help"));
        username.addClassName("staff-new-username");
        TextField displayName = new TextField(getTranslation("staff.display-name"));
        displayName.addClassName("staff-new-name");
        PasswordField password = new PasswordField(getTranslation("staff.password"));
        password.setHelperText(getTranslation("staff.password-help", StaffAccounts.MIN_PASSWORD, StaffAccounts.MAX_PASSWORD_BYTES));
        password.addClassName("staff-new-password");
        Select<StaffRole> role = new Select<>();
        role.setLabel(getTranslation("staff.role"));
        role.setItems(StaffRole.TEACHER, StaffRole.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("staff.role." + r.name().toLowerCase(java.util.Locale.ROOT)));
        role.setValue(StaffRole.TEACHER);
        Button create = new Button(getTranslation("staff.create"), e -> {
            try {
                StaffAccount made = accounts.create(username.getValue(), displayName.getValue(), password.getValue(), role.getValue());
                outcome.setText(getTranslation("staff.created-account", made.username()));
                username.clear();
                displayName.clear();
                password.clear();
                refresh();
            } catch (StaffAccounts.Refused refused) {
                outcome.setText(getTranslation(refused.key(), StaffAccounts.MIN_PASSWORD, StaffAccounts.MAX_PASSWORD_BYTES));
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("staff-create");
        Div form = new Div(username, displayName, password, role, create);
        form.addClassName("staff-form");

        add(new H1(getTranslation("staff.heading")), new Paragraph(getTranslation("staff.about")), grid,
                new H2(getTranslation("staff.new")), form, outcome);
        refresh();
    }

    private Div actions(StaffAccount account) {
        Button newPassword = new Button(getTranslation("staff.set-password"), e -> askPassword(account));
        newPassword.addThemeVariants(ButtonVariant.TERTIARY);
        Div actions = new Div(newPassword);
        boolean me = authentication.getAuthenticatedUser(UserDetails.class)
                .map(u -> u.getUsername().equals(account.username())).orElse(false);
        if (!me) {
            Button remove = new Button(getTranslation("staff.remove"), e -> confirmRemove(account));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClassName("staff-remove");
            actions.add(remove);
        }
        return actions;
    }

    private void askPassword(StaffAccount account) {
        PasswordField password = new PasswordField(getTranslation("staff.password"));
        password.setHelperText(getTranslation("staff.password-help", StaffAccounts.MIN_PASSWORD, StaffAccounts.MAX_PASSWORD_BYTES));
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("staff.set-password-for", account.username()));
        dialog.add(password);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("staff.cancel"));
        dialog.setConfirmText(getTranslation("staff.set-password"));
        dialog.addConfirmListener(e -> {
            try {
                accounts.changePassword(account.username(), password.getValue());
                outcome.setText(getTranslation("staff.password-set", account.username()));
            } catch (StaffAccounts.Refused refused) {
                outcome.setText(getTranslation(refused.key(), StaffAccounts.MIN_PASSWORD, StaffAccounts.MAX_PASSWORD_BYTES));
            }
        });
        dialog.open();
    }

    private void confirmRemove(StaffAccount account) {
        ConfirmDestructive.ask(getTranslation("staff.remove-heading", account.username()), getTranslation("staff.remove-text"),
                getTranslation("staff.remove"), getTranslation("staff.cancel"), () -> {
                    try {
                        accounts.remove(account.username());
                        outcome.setText(getTranslation("staff.removed", account.username()));
                        refresh();
                    } catch (StaffAccounts.Refused refused) {
                        outcome.setText(getTranslation(refused.key(), StaffAccounts.MIN_PASSWORD, StaffAccounts.MAX_PASSWORD_BYTES));
                    }
                });
    }

    private void refresh() {
        grid.setItems(accounts.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.heading") + " · " + getTranslation("shell.title");
    }
}
