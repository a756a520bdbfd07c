#include "ui/profiles/manageprofilesdialog.h"

#include "ui/profiles/profilechip.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

using services::Profile;

ManageProfilesDialog::ManageProfilesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("manageProfilesDialog"));
    setWindowTitle(tr("Environments"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setIconSize(QSize(14, 14));
    m_list->setMinimumHeight(180);
    m_details->setObjectName(QStringLiteral("profileDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto makeButton = [this](const QString &text, const QString &name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        return button;
    };
    m_use = makeButton(tr("&Use"), QStringLiteral("profileUse"));
    m_add = makeButton(tr("&Add…"), QStringLiteral("profileAdd"));
    m_edit = makeButton(tr("&Edit…"), QStringLiteral("profileEdit"));
    m_remove = makeButton(tr("&Remove…"), QStringLiteral("profileRemove"));
    connect(m_use, &QPushButton::clicked, this, [this] { emit useRequested(selectedName()); });
    connect(m_add, &QPushButton::clicked, this, &ManageProfilesDialog::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(selectedName()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(selectedName()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { emit editRequested(selectedName()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ManageProfilesDialog::updateButtons);

    auto *side = new QVBoxLayout;
    side->addWidget(m_use);
    side->addSpacing(8);
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(560, 340);
    updateButtons();
}

void ManageProfilesDialog::setProfiles(const QList<Profile> &profiles, const QString &current)
{
    const QString keep = selectedName();
    m_profiles = profiles;
    m_list->clear();
    for (const Profile &profile : profiles) {
        QString text = ProfileChip::label(profile);
        if (profile.name == current)
            text += tr("  (active)");
        auto *item = new QListWidgetItem(ProfileChip::icon(profile), text, m_list);
        item->setData(Qt::UserRole, profile.name);
        item->setToolTip(profile.environmentUrl.toString());
    }
    select(keep.isEmpty() ? current : keep);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QString ManageProfilesDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ManageProfilesDialog::select(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ManageProfilesDialog::updateButtons()
{
    const QString name = selectedName();
    const bool selected = !name.isEmpty();
    for (QPushButton *button : {m_use, m_edit, m_remove})
        button->setEnabled(selected);
    m_details->clear();
    for (const Profile &profile : std::as_const(m_profiles)) {
        if (profile.name == name) {
            m_details->setText(tr("%1 · client %2%3")
                                   .arg(profile.environmentUrl.toString(), profile.clientId,
                                        profile.readOnly ? tr(" · read-only") : QString()));
        }
    }
}

} // namespace sk::ui
