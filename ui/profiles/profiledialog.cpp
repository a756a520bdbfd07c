#include "ui/profiles/profiledialog.h"

#include "models/core/displayformat.h"

#include "ui/widgets/textstyle.h"

#include "services/credentials/connectiontester.h"
#include "services/credentials/environmenturl.h"
#include "ui/profiles/profilechip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

using services::EnvironmentUrl;
using services::Profile;

namespace {
// Functions, not constants: the palette exists only once the application does.
QString problemStyle() { return textStyle(TextRole::Error); }
QString hintStyle() { return textStyle(TextRole::Muted); }
QString successStyle() { return textStyle(TextRole::Success); }
} // namespace

const QList<std::pair<QString, QString>> &ProfileDialog::colorChoices()
{
    static const QList<std::pair<QString, QString>> choices{
        {tr("The kind's colour"), QString()},
        {tr("Blue"), QStringLiteral("#1a73e8")},
        {tr("Purple"), QStringLiteral("#7b61ff")},
        {tr("Teal"), QStringLiteral("#00897b")},
        {tr("Pink"), QStringLiteral("#d01884")},
        {tr("Brown"), QStringLiteral("#8d6e63")},
        {tr("Grey"), QStringLiteral("#5f6368")},
    };
    return choices;
}

ProfileDialog::ProfileDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_tester(new services::ConnectionTester(network, this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Add an environment"));
    buildForm();
    connect(m_tester, &services::ConnectionTester::succeeded, this, [this](qint64 organizations) {
        showTestResult(true, organizations < 0
                                 ? tr("Connected: the credentials were accepted.")
                                 : tr("Connected: the credentials were accepted and the environment has %1.")
                                       .arg(models::countOf(organizations, tr("organization"), tr("organizations"))));
    });
    connect(m_tester, &services::ConnectionTester::failed, this,
            [this](const api::ApiError &error) { showTestResult(false, error.describe()); });
    updateState();
}

ProfileDialog::~ProfileDialog()
{
    m_secret->clear();
}

void ProfileDialog::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("e.g. acme-dev"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://yourapp.scalekit.dev"));
    m_urlHint = new QLabel(this);
    m_urlHint->setObjectName(QStringLiteral("profileUrlHint"));
    m_urlHint->setWordWrap(true);
    m_urlHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_urlHint->setMinimumWidth(380);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("profileClientId"));
    m_clientId->setPlaceholderText(QStringLiteral("skc_…"));

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("profileSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("From Developers › API Config in the Scalekit dashboard"));
    m_secret->setContextMenuPolicy(Qt::NoContextMenu); // no "Copy" of a masked secret by accident
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(QStringLiteral("profileSecretReveal"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the client secret"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    auto *secretRow = new QHBoxLayout;
    secretRow->setSpacing(4);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("profileKind"));
    for (const Profile::Kind kind : {Profile::Kind::Development, Profile::Kind::Staging, Profile::Kind::Production})
        m_kind->addItem(ProfileChip::icon(Profile::defaultColor(kind), kind == Profile::Kind::Production),
                        Profile::kindLabel(kind), int(kind));
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_kindChosenByUser = true;
        updateState();
    });

    m_color = new QComboBox(this);
    m_color->setObjectName(QStringLiteral("profileColor"));
    for (const auto &[label, color] : colorChoices())
        m_color->addItem(ProfileChip::icon(color), label, color); // the first one's chip follows the kind
    connect(m_color, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateState);

    m_readOnly = new QCheckBox(tr("Read-only: disable every change while this environment is active"), this);
    m_readOnly->setObjectName(QStringLiteral("profileReadOnly"));

    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("profileTest"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::startTest);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("profileTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    testRow->addStretch();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(hintStyle());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Environment &URL:"), m_url);
    form->addRow(QString(), m_urlHint);
    form->addRow(tr("Client &ID:"), m_clientId);
    auto *secretLabel = new QLabel(tr("Client &secret:"), this);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, secretRow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Colour:"), m_color);
    form->addRow(QString(), m_readOnly);

    auto *note = new QLabel(tr("The client secret is stored only in your system keychain."), this);
    note->setWordWrap(true);
    note->setStyleSheet(hintStyle());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("profileSave"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addSpacing(4);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_name, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &ProfileDialog::onUrlEdited);
    connect(m_clientId, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    connect(m_secret, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
}

void ProfileDialog::setExistingNames(const QStringList &names)
{
    m_existingNames = names;
    updateState();
}

void ProfileDialog::setProfile(const Profile &profile, const QString &secret)
{
    m_originalName = profile.name;
    setWindowTitle(tr("Edit environment %1").arg(profile.name));
    m_name->setText(profile.name);
    m_url->setText(profile.environmentUrl.toString());
    m_clientId->setText(profile.clientId);
    m_secret->setText(secret);
    setKind(profile.kind);
    m_kindChosenByUser = true; // an existing profile's kind is the user's choice
    const int color = m_color->findData(profile.color);
    m_color->setCurrentIndex(color >= 0 ? color : 0);
    m_readOnly->setChecked(profile.readOnly);
    updateState();
}

void ProfileDialog::setKind(Profile::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

Profile ProfileDialog::profile() const
{
    Profile profile;
    profile.name = m_name->text().trimmed();
    const EnvironmentUrl url = EnvironmentUrl::assess(m_url->text());
    profile.environmentUrl = url.isValid() ? url.url : QUrl(m_url->text().trimmed());
    profile.clientId = m_clientId->text().trimmed();
    profile.kind = static_cast<Profile::Kind>(m_kind->currentData().toInt());
    profile.color = m_color->currentData().toString();
    profile.readOnly = m_readOnly->isChecked();
    return profile;
}

QString ProfileDialog::secret() const { return m_secret->text().trimmed(); }

bool ProfileDialog::isSecretRevealed() const { return m_secret->echoMode() == QLineEdit::Normal; }

QString ProfileDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (const QString nameProblem = Profile::nameProblem(name); !nameProblem.isEmpty())
        return nameProblem;
    if (name != m_originalName && m_existingNames.contains(name, Qt::CaseInsensitive))
        return tr("A profile named '%1' already exists.").arg(name);
    if (const EnvironmentUrl url = EnvironmentUrl::assess(m_url->text()); !url.isValid())
        return url.problem;
    if (m_clientId->text().trimmed().isEmpty())
        return tr("Enter the client ID.");
    if (secret().isEmpty())
        return tr("Enter the client secret.");
    return {};
}

void ProfileDialog::onUrlEdited()
{
    const EnvironmentUrl url = EnvironmentUrl::assess(m_url->text());
    if (!m_kindChosenByUser && url.suggestedKind)
        setKind(*url.suggestedKind);
    updateState();
}

void ProfileDialog::updateState()
{
    const EnvironmentUrl url = EnvironmentUrl::assess(m_url->text());
    if (m_url->text().trimmed().isEmpty()) {
        m_urlHint->setText(tr("https://<name>.scalekit.dev for development, https://<name>.scalekit.com for "
                              "production."));
        m_urlHint->setStyleSheet(hintStyle());
    } else if (!url.isValid()) {
        m_urlHint->setText(url.problem);
        m_urlHint->setStyleSheet(problemStyle());
    } else {
        m_urlHint->setText(url.suggestionText());
        m_urlHint->setStyleSheet(url.suggestedKind ? hintStyle() : textStyle(TextRole::Warning));
    }

    const auto kind = static_cast<Profile::Kind>(m_kind->currentData().toInt());
    m_color->setItemIcon(0, ProfileChip::icon(Profile::defaultColor(kind), kind == Profile::Kind::Production));

    const QString currentProblem = problem();
    m_save->setEnabled(currentProblem.isEmpty());
    m_test->setEnabled(url.isValid() && !m_clientId->text().trimmed().isEmpty() && !secret().isEmpty());
    const bool production = static_cast<Profile::Kind>(m_kind->currentData().toInt()) == Profile::Kind::Production;
    m_problem->setText(currentProblem.isEmpty() && production
                           ? tr("This is a production environment: the window will be framed in red, and "
                                "deleting anything will ask you to type its name.")
                           : currentProblem);
    m_problem->setStyleSheet(currentProblem.isEmpty() && production ? problemStyle() : hintStyle());
}

void ProfileDialog::startTest()
{
    const Profile candidate = profile();
    m_testResult->setStyleSheet(hintStyle());
    m_testResult->setText(tr("Testing: fetching a token and one page of organizations…"));
    m_testResult->show();
    if (const QString problem = m_tester->start(candidate.connectionSettings(secret())); !problem.isEmpty()) {
        showTestResult(false, problem);
        return;
    }
    m_test->setEnabled(false);
}

void ProfileDialog::showTestResult(bool ok, const QString &message)
{
    m_testResult->setStyleSheet(ok ? successStyle() : problemStyle());
    m_testResult->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + message);
    m_testResult->show();
    updateState();
    emit testFinished(ok, message);
}

} // namespace sk::ui
