#include "ui/widgets/fielderrors.h"

#include "ui/widgets/textstyle.h"

#include "services/api/apierror.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>

namespace sk::ui {

namespace {
const char *const kInvalidProperty = "invalid";
} // namespace

FieldErrors::FieldErrors(QLabel *generalLabel, QObject *parent)
    : QObject(parent)
    , m_general(generalLabel)
{
    if (m_general) {
        m_general->setWordWrap(true);
        m_general->setStyleSheet(textStyle(TextRole::Error));
        m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_general->hide();
    }
}

QString FieldErrors::normalizeField(const QString &field)
{
    QString name = field.section(u'.', -1).trimmed();
    // camelCase -> snake_case
    QString snake;
    for (const QChar c : std::as_const(name)) {
        if (c.isUpper()) {
            if (!snake.isEmpty())
                snake += u'_';
            snake += c.toLower();
        } else {
            snake += c;
        }
    }
    return snake;
}

QLabel *FieldErrors::addField(const QString &serverField, QWidget *input)
{
    auto *label = new QLabel(input ? input->parentWidget() : nullptr);
    label->setObjectName(QStringLiteral("fieldError_") + serverField);
    label->setWordWrap(true);
    label->setStyleSheet(textStyle(TextRole::Error));
    label->hide();
    const QString key = normalizeField(serverField);
    m_fields.insert(key, {input, label});
    auto clearOwn = [this, key] {
        const Field field = m_fields.value(key);
        if (field.label && !field.label->text().isEmpty())
            setLabel(field.label, {});
    };
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        connect(edit, &QLineEdit::textEdited, this, clearOwn);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(input))
        connect(text, &QPlainTextEdit::textChanged, this, clearOwn);
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        connect(combo, &QComboBox::currentIndexChanged, this, clearOwn);
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(input))
        connect(spin, &QAbstractSpinBox::editingFinished, this, clearOwn);
    return label;
}

void FieldErrors::setLabel(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    for (const Field &field : std::as_const(m_fields)) {
        if (field.label == label && field.input) {
            field.input->setProperty(kInvalidProperty, !text.isEmpty());
            field.input->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("border: 1px solid %1;").arg(textColor(TextRole::Error).name()));
            field.input->setToolTip(text);
        }
    }
}

void FieldErrors::setFieldError(const QString &serverField, const QString &message)
{
    const auto it = m_fields.constFind(normalizeField(serverField));
    if (it == m_fields.cend() || !it->label) {
        setGeneralError(message);
        return;
    }
    setLabel(it->label, message);
}

void FieldErrors::setGeneralError(const QString &message)
{
    if (!m_general)
        return;
    m_general->setText(message);
    m_general->setVisible(!message.isEmpty());
}

bool FieldErrors::showError(const api::ApiError &error)
{
    clear();
    bool onField = false;
    QStringList elsewhere;
    QHash<QString, QStringList> perField;
    for (const api::FieldViolation &violation : error.fieldViolations) {
        const QString key = normalizeField(violation.field);
        const auto it = m_fields.constFind(key);
        if (it != m_fields.cend() && it->label)
            perField[key] << violation.description;
        else
            elsewhere << (violation.field.isEmpty() ? violation.description
                                                    : violation.field + QStringLiteral(": ") + violation.description);
    }
    for (auto it = perField.cbegin(); it != perField.cend(); ++it) {
        setLabel(m_fields.value(it.key()).label, it.value().join(u'\n'));
        onField = true;
    }
    QString general = onField ? tr("Please correct the fields marked in red.") : error.describe();
    if (onField && !elsewhere.isEmpty())
        general += QStringLiteral("\n") + elsewhere.join(u'\n');
    setGeneralError(general);
    return onField;
}

void FieldErrors::clear()
{
    for (const Field &field : std::as_const(m_fields)) {
        if (field.label)
            setLabel(field.label, {});
    }
    setGeneralError({});
}

bool FieldErrors::hasErrors() const
{
    for (const Field &field : m_fields) {
        if (field.label && !field.label->text().isEmpty())
            return true;
    }
    return m_general && !m_general->text().isEmpty();
}

QString FieldErrors::fieldError(const QString &serverField) const
{
    const Field field = m_fields.value(normalizeField(serverField));
    return field.label ? field.label->text() : QString();
}

} // namespace sk::ui
