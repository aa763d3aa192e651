<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name>AppContext</name>
    <message>
      <location filename="../../deepetch_desktop/gui/context.py" line="74" />
      <source>L'opération n'a pas abouti : {error}</source>
      <translation>The operation failed: {error}</translation>
    </message>
  </context>
  <context>
    <name>BuyCreditsDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="65" />
      <source>Acheter des crédits</source>
      <translation>Buy credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="71" />
      <source>Choisissez le type de crédits qui convient à votre équipe. Plus le lot est grand, moins le crédit coûte cher.</source>
      <translation>Choose the credit type that suits your team. The bigger the batch, the cheaper the credit.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="91" />
      <source>Type de crédits</source>
      <translation>Credit type</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="96" />
      <source>&amp;Quantité :</source>
      <translation>&amp;Quantity:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="98" />
      <source>Conditions d'entreprise (facture à 30 jours)</source>
      <translation>Enterprise terms (invoice, 30 days)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="102" />
      <source>&amp;Moyen de paiement :</source>
      <translation>&amp;Payment method:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="108" />
      <source>Total HT :</source>
      <translation>Total excl. VAT:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="109" />
      <source>TVA :</source>
      <translation>VAT:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="111" />
      <source>Total TTC :</source>
      <translation>Total incl. VAT:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="120" />
      <source>&amp;Acheter</source>
      <translation>&amp;Buy</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="122" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="129" />
      <source>Indisponible tant que les conditions d'entreprise ne sont pas approuvées (Paramètres › Application).</source>
      <translation>Unavailable until the enterprise terms are approved (Settings › Application).</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="133" />
      <source>Les crédits sont ajoutés tout de suite ; la facture est envoyée à {email}.</source>
      <translation>The credits are added at once; the invoice is sent to {email}.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="170" />
      <source>TVA ({rate}) :</source>
      <translation>VAT ({rate}):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="173" />
      <source>{amount}  pour {credits} crédits</source>
      <translation>{amount}  for {credits} credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="202" />
      <source>{credits} crédits ajoutés au panier (solde : {balance}). Facture {number} de {gross} TTC, payable avant le {due}.</source>
      <translation>{credits} credits added to the basket (balance: {balance}). Invoice {number} of {gross} incl. VAT, payable by {due}.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="212" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Faites des économies : −{percent}</source>
      <translation>Save money: −{percent}</translation>
    </message>
    <message>
      <source>Crédits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <source>Prix HT</source>
      <translation>Price excl. VAT</translation>
    </message>
    <message>
      <source>Prix par crédit</source>
      <translation>Price per credit</translation>
    </message>
    <message>
      <source>Économie</source>
      <translation>Saving</translation>
    </message>
    <message>
      <source>Confirmer l'achat</source>
      <translation>Confirm the purchase</translation>
    </message>
    <message>
      <source>Acheter {quantity} × « {pack} » ({credits} crédits) pour {gross} TTC, payables sous 30 jours ?</source>
      <translation>Buy {quantity} × “{pack}” ({credits} credits) for {gross} incl. VAT, payable within 30 days?</translation>
    </message>
    <message>
      <source>Acheter</source>
      <translation>Buy</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="136" />
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="143" />
      <source>Changer le mot de passe</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="147" />
      <source>{name}, votre mot de passe est provisoire : choisissez-en un nouveau pour continuer. Au moins 10 caractères ; une phrase facile à retenir convient très bien.</source>
      <translation>{name}, your password is a one-time password: choose a new one to continue. At least 10 characters; an easy-to-remember phrase works very well.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="158" />
      <source>&amp;Nouveau mot de passe :</source>
      <translation>&amp;New password:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="160" />
      <source>&amp;Confirmation :</source>
      <translation>&amp;Confirm:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="167" />
      <source>&amp;Changer le mot de passe</source>
      <translation>&amp;Change password</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="168" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="182" />
      <source>Les deux mots de passe ne sont pas identiques.</source>
      <translation>The two passwords are not the same.</translation>
    </message>
  </context>
  <context>
    <name>CompanyDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="44" />
      <source>Coordonnées de l'entreprise</source>
      <translation>Company details</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="54" />
      <source>SAS, SARL…</source>
      <translation>SAS, SARL…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="47" />
      <source>Elles figurent sur les prochaines factures et leurs e-mails ; les factures déjà émises gardent celles de leur émission.</source>
      <translation>They appear on the next invoices and their e-mails; invoices already issued keep the details they were issued with.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="57" />
      <source>vide : calculé à partir du SIREN</source>
      <translation>empty: derived from the SIREN</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="74" />
      <source>&amp;Raison sociale :</source>
      <translation>&amp;Company name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="75" />
      <source>&amp;Forme juridique :</source>
      <translation>&amp;Legal form:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="76" />
      <source>&amp;SIREN :</source>
      <translation>&amp;SIREN:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="77" />
      <source>N° de &amp;TVA :</source>
      <translation>&amp;VAT number:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="78" />
      <source>&amp;Adresse :</source>
      <translation>&amp;Address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="79" />
      <source>&amp;E-mail de facturation :</source>
      <translation>Billing &amp;e-mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="80" />
      <source>&amp;Fuseau horaire :</source>
      <translation>&amp;Time zone:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="89" />
      <source>&amp;Enregistrer</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="90" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>CreditNoteDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="145" />
      <source>Émettre un avoir</source>
      <translation>Issue a credit note</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="146" />
      <source>vide : tout le reste à payer</source>
      <translation>empty: all that is left to pay</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="150" />
      <source>&amp;Montant TTC de l'avoir (€) :</source>
      <translation>Credit note &amp;amount incl. VAT (€):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="152" />
      <source>Mo&amp;tif :</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="154" />
      <source>É&amp;mettre l'avoir</source>
      <translation>&amp;Issue the credit note</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="182" />
      <source>Indiquez le motif.</source>
      <translation>Enter the reason.</translation>
    </message>
    <message>
      <source>Un avoir de {amount} sera émis sur la facture {number} ; il ne pourra être ni modifié ni supprimé.</source>
      <translation>A credit note of {amount} will be issued on invoice {number}; it can be neither edited nor deleted.</translation>
    </message>
    <message>
      <source>Émettre l'avoir</source>
      <translation>Issue the credit note</translation>
    </message>
  </context>
  <context>
    <name>CreditsPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="26" />
      <source>Crédits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="27" />
      <source>Le panier de crédits de l'entreprise : son solde, ses mouvements et les lots achetés.</source>
      <translation>The company's credit basket: its balance, its entries and the batches bought.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="29" />
      <source>&amp;Acheter des crédits</source>
      <translation>&amp;Buy credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="37" />
      <source>{n} mouvement</source>
      <translation>{n} entry</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="37" />
      <source>{n} mouvements</source>
      <translation>{n} entries</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="38" />
      <source>Aucun mouvement. Achetez des crédits pour remplir le panier.</source>
      <translation>No entries. Buy credits to fill the basket.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="39" />
      <source>Rechercher un libellé…</source>
      <translation>Search a description…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="44" />
      <source>{n} lot</source>
      <translation>{n} batch</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="44" />
      <source>{n} lots</source>
      <translation>{n} batches</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="45" />
      <source>Aucun lot acheté. Utilisez « Acheter des crédits ».</source>
      <translation>No batch bought yet. Use “Buy credits”.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="46" />
      <source>Rechercher un type de crédits, une facture…</source>
      <translation>Search a credit type, an invoice…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="48" />
      <source>Mouvements du panier</source>
      <translation>Basket entries</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="49" />
      <source>Lots achetés</source>
      <translation>Batches bought</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="57" />
      <source>Solde du panier : {balance} crédits</source>
      <translation>Basket balance: {balance} credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="95" />
      <source>{credits} crédits achetés ; facture {number} émise</source>
      <translation>{credits} credits bought; invoice {number} issued</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="43" />
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="44" />
      <source>Le panier de crédits de l'entreprise en un coup d'œil.</source>
      <translation>The company's credit basket at a glance.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="47" />
      <source>Solde du panier</source>
      <translation>Basket balance</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="48" />
      <source>Utilisés ce mois-ci</source>
      <translation>Used this month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="49" />
      <source>Expiration des crédits</source>
      <translation>Credit expiry</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="50" />
      <source>Factures à régler</source>
      <translation>Invoices to pay</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="57" />
      <source>Consommation mensuelle (12 derniers mois)</source>
      <translation>Monthly consumption (last 12 months)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="61" />
      <source>Sous-comptes proches de leur limite</source>
      <translation>Sub-accounts close to their limit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="63" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="64" />
      <source>Utilisés / limite</source>
      <translation>Used / limit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="68" />
      <source>Aucun sous-compte n'approche de sa limite.</source>
      <translation>No sub-account is close to its limit.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="122" />
      <source>crédits disponibles</source>
      <translation>credits available</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="124" />
      <source>crédits en {month}</source>
      <translation>credits in {month}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="126" />
      <source>Aucune</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="126" />
      <source>Le panier est vide.</source>
      <translation>The basket is empty.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="132" />
      <source>dans {days} jours, sauf utilisation d'ici là</source>
      <translation>in {days} days, unless used before then</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="135" />
      <source>{count} facture(s), {amount}</source>
      <translation>{count} invoice(s), {amount}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="138" />
      <source> — {count} en retard</source>
      <translation> — {count} overdue</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="143" />
      <source>Aucune tâche sur les 12 derniers mois.</source>
      <translation>No tasks in the last 12 months.</translation>
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="59" />
      <source>Bienvenue dans Deepetch Desktop</source>
      <translation>Welcome to Deepetch Desktop</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="63" />
      <source>Bienvenue</source>
      <translation>Welcome</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="67" />
      <source>Indiquez l'entreprise titulaire du compte Deepetch. Vous pourrez ensuite acheter des crédits et créer les sous-comptes de vos collègues.</source>
      <translation>Enter the company that holds the Deepetch account. You can then buy credits and create your colleagues' sub-accounts.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="81" />
      <source>facultatif, par exemple FR96552100554</source>
      <translation>optional, for example FR96552100554</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="94" />
      <source>&amp;Raison sociale :</source>
      <translation>Company &amp;name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="95" />
      <source>&amp;SIREN :</source>
      <translation>&amp;SIREN:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="96" />
      <source>N° de &amp;TVA :</source>
      <translation>&amp;VAT number:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="97" />
      <source>&amp;Adresse :</source>
      <translation>&amp;Address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="98" />
      <source>&amp;E-mail de facturation :</source>
      <translation>Billing &amp;e-mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="105" />
      <source>Premier administrateur</source>
      <translation>First administrator</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="116" />
      <source>par exemple Camille Martin</source>
      <translation>for example Camille Martin</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="129" />
      <source>&amp;Nom :</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="130" />
      <source>E-mai&amp;l de connexion :</source>
      <translation>Login e-mai&amp;l:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="132" />
      <source>C&amp;onfirmation :</source>
      <translation>C&amp;onfirm:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="131" />
      <source>&amp;Mot de passe :</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="73" />
      <source>Désormais, chacun se connecte. Indiquez la personne qui administre le compte de l'entreprise : elle ajoutera ensuite ses collègues.</source>
      <translation>From now on, everyone logs in. Give the person who administers the company's account: they will then add their colleagues.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="110" />
      <source>La personne qui administre le compte : elle se connecte avec son e-mail et son mot de passe (au moins 10 caractères), puis ajoute ses collègues.</source>
      <translation>The person who administers the account: they log in with their e-mail and password (at least 10 characters), then add their colleagues.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="138" />
      <source>&amp;Créer le compte</source>
      <translation>&amp;Create the account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="139" />
      <source>Quitter</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="140" />
      <source>Essayer avec une entreprise de &amp;démonstration</source>
      <translation>Try with a &amp;demo company</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="145" />
      <source>&amp;Créer l'administrateur</source>
      <translation>&amp;Create the administrator</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="163" />
      <source>Le SIREN compte 9 chiffres, le dernier étant sa clé de contrôle.</source>
      <translation>A SIREN has 9 digits, the last one being its check digit.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="165" />
      <source>Cette adresse e-mail n'est pas valide.</source>
      <translation>This e-mail address is not valid.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="187" />
      <source>Les deux mots de passe ne sont pas identiques.</source>
      <translation>The two passwords are not the same.</translation>
    </message>
  </context>
  <context>
    <name>InvoicesPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="43" />
      <source>Factures</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="44" />
      <source>Une facture par lot acheté, payable sous 30 jours ; les avoirs qui les corrigent.</source>
      <translation>One invoice per batch bought, payable within 30 days; the credit notes that correct them.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="49" />
      <source>{n} facture</source>
      <translation>{n} invoice</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="49" />
      <source>{n} factures</source>
      <translation>{n} invoices</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="50" />
      <source>Aucune facture. Chaque achat de crédits émet la sienne.</source>
      <translation>No invoices. Each credit purchase issues its own.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="51" />
      <source>Rechercher un numéro, un libellé…</source>
      <translation>Search a number, a description…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="56" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="57" />
      <source>Toutes</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="57" />
      <source>À régler</source>
      <translation>To pay</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="58" />
      <source>En retard</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="58" />
      <source>Payées</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="59" />
      <source>Avoirs</source>
      <translation>Credit notes</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="66" />
      <source>&amp;Ouvrir</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="67" />
      <source>&amp;Imprimer</source>
      <translation>&amp;Print</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="68" />
      <source>Enregistrer &amp;sous…</source>
      <translation>Save &amp;as…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="69" />
      <source>Ren&amp;voyer par e-mail</source>
      <translation>Send &amp;again by e-mail</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="70" />
      <source>Enregistrer un &amp;paiement</source>
      <translation>Record a &amp;payment</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="71" />
      <source>Émettre un &amp;avoir</source>
      <translation>Issue a &amp;credit note</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="146" />
      <source>Préparation de la facture {number}…</source>
      <translation>Preparing invoice {number}…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="158" />
      <source>Facture {number} ouverte dans votre lecteur PDF</source>
      <translation>Invoice {number} opened in your PDF viewer</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="167" />
      <source>Impression directe indisponible : la facture {number} est ouverte dans votre lecteur PDF, imprimez-la depuis celui-ci.</source>
      <translation>Direct printing is unavailable: invoice {number} is open in your PDF viewer; print it from there.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="181" />
      <source>Facture {number} enregistrée dans {path}</source>
      <translation>Invoice {number} saved to {path}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="205" />
      <source>Facture {number} remise dans la file d'envoi</source>
      <translation>Invoice {number} queued for sending again</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="221" />
      <source>Paiement de {amount} enregistré sur {number}</source>
      <translation>Payment of {amount} recorded on {number}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="238" />
      <source>Avoir émis sur la facture {number}</source>
      <translation>Credit note issued on invoice {number}</translation>
    </message>
    <message>
      <source>Enregistrer la facture</source>
      <translation>Save the invoice</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="23" />
      <source>Journal</source>
      <translation>Log</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="24" />
      <source>Chaque modification administrative, qui l'a faite et quand.</source>
      <translation>Every administrative change, who made it and when.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="28" />
      <source>{n} entrée</source>
      <translation>{n} entry</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="28" />
      <source>{n} entrées</source>
      <translation>{n} entries</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="29" />
      <source>Le journal est vide : il se remplit à chaque modification.</source>
      <translation>The log is empty: it fills with every change.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="30" />
      <source>Rechercher une action, une personne…</source>
      <translation>Search an action, a person…</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="43" />
      <source>Connexion à Deepetch Desktop</source>
      <translation>Log in to Deepetch Desktop</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="49" />
      <source>Connexion</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="52" />
      <source>Compte Deepetch de l'entreprise « {company} ».</source>
      <translation>Deepetch account of “{company}”.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="54" />
      <source>Compte Deepetch de l'entreprise.</source>
      <translation>The company's Deepetch account.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="61" />
      <source>prenom.nom@entreprise.fr</source>
      <translation>firstname.lastname@company.com</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="65" />
      <source>Se &amp;souvenir de moi sur cet ordinateur</source>
      <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="67" />
      <source>Un jeton de session est gardé 30 jours dans le trousseau du système, jamais le mot de passe.</source>
      <translation>A session token is kept for 30 days in the system keyring, never the password.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="69" />
      <source>&amp;E-mail :</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="71" />
      <source>&amp;Mot de passe :</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="79" />
      <source>Se &amp;connecter</source>
      <translation>&amp;Log in</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/login.py" line="80" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
  </context>
  <context>
    <name>MailSettingsTab</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="47" />
      <source>Serveur SMTP</source>
      <translation>SMTP server</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="54" />
      <source>Serveur :</source>
      <translation>Server:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="55" />
      <source>Sécurité :</source>
      <translation>Security:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="56" />
      <source>Expéditeur :</source>
      <translation>Sender:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="57" />
      <source>Utilisateur :</source>
      <translation>User:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="58" />
      <source>Mot de passe :</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="64" />
      <source>&amp;Configurer le serveur SMTP…</source>
      <translation>&amp;Set up the SMTP server…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="75" />
      <source>Rappels</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="83" />
      <source>Avant l'e&amp;xpiration des crédits :</source>
      <translation>Before credit e&amp;xpiry:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="85" />
      <source>Jours avant la date d'expiration, séparés par des virgules (de 1 à 365).</source>
      <translation>Days before the expiry date, separated by commas (1 to 365).</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="87" />
      <source>&amp;Relances de facture :</source>
      <translation>Invoice &amp;reminders:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="89" />
      <source>Jours par rapport à l'échéance : négatif avant, positif après (de -365 à 365).</source>
      <translation>Days from the due date: negative before, positive after (-365 to 365).</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="91" />
      <source>&amp;Enregistrer les rappels</source>
      <translation>&amp;Save the reminders</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="129" />
      <source>Les factures, les avoirs et les rappels partent par ce serveur.</source>
      <translation>Invoices, credit notes and reminders are sent through this server.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="130" />
      <source>Aucun serveur SMTP : les factures sont enregistrées et attendent dans la file d'envoi.</source>
      <translation>No SMTP server: invoices are saved and wait in the outbox.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="135" />
      <source>Aucune</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="138" />
      <source>Aucune (mot de passe envoyé en clair)</source>
      <translation>None (password sent in clear)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="141" />
      <source>sans authentification</source>
      <translation>no authentication</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="143" />
      <source>enregistré dans le trousseau du système</source>
      <translation>stored in the system's keyring</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="144" />
      <source>non enregistré</source>
      <translation>not stored</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="169" />
      <source>Serveur SMTP enregistré</source>
      <translation>SMTP server saved</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="189" />
      <source>Indiquez des nombres de jours entre 1 et 365, séparés par des virgules.</source>
      <translation>Enter numbers of days from 1 to 365, separated by commas.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="191" />
      <source>Indiquez des nombres de jours entre -365 et 365, séparés par des virgules.</source>
      <translation>Enter numbers of days from -365 to 365, separated by commas.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="210" />
      <source>Rappels enregistrés</source>
      <translation>Reminders saved</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="149" />
      <source>Deepetch Desktop — {company}</source>
      <translation>Deepetch Desktop — {company}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="66" />
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="137" />
      <source>Actualisé à {time}</source>
      <translation>Refreshed at {time}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="191" />
      <source>Travaux planifiés</source>
      <translation>Scheduled tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="202" />
      <source>Travaux planifiés : {error}</source>
      <translation>Scheduled work: {error}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="217" />
      <source>Travail en cours</source>
      <translation>Work in progress</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="220" />
      <source>Base : {location}</source>
      <translation>Database: {location}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="222" />
      <source>Connecté : {name}</source>
      <translation>Logged in: {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="251" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="252" />
      <source>&amp;Actualiser</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="254" />
      <source>&amp;Imprimer…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="257" />
      <source>Restaurer une sauvegarde…</source>
      <translation>Restore a backup…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="261" />
      <source>Se &amp;déconnecter</source>
      <translation>Log &amp;out</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="264" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="266" />
      <source>É&amp;dition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="267" />
      <source>&amp;Rechercher</source>
      <translation>&amp;Search</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="269" />
      <source>&amp;Nouveau</source>
      <translation>&amp;New</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="271" />
      <source>&amp;Aller à</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="275" />
      <source>Ai&amp;de</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="276" />
      <source>À &amp;propos de Deepetch Desktop</source>
      <translation>&amp;About Deepetch Desktop</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="284" />
      <source>Rien à imprimer sur cette page.</source>
      <translation>Nothing to print on this page.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="287" />
      <source>À propos de Deepetch Desktop</source>
      <translation>About Deepetch Desktop</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="288" />
      <source>Deepetch Desktop
L'administration du compte entreprise Deepetch : panier de crédits, sous-comptes, limites et factures.</source>
      <translation>Deepetch Desktop
Administration of the Deepetch business account: credit basket, sub-accounts, limits and invoices.</translation>
    </message>
  </context>
  <context>
    <name>ModifyLimitsDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="46" />
      <source>Modifier les limites — {name}</source>
      <translation>Edit limits — {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="48" />
      <source>Combien de crédits « {name} » peut utiliser dans le panier.</source>
      <translation>How many credits “{name}” may use from the basket.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="70" />
      <source>&amp;Enregistrer</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="72" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="144" />
      <source>Attention : changer le type de limite remet à 0 les crédits utilisés (actuellement {used}). Vous devrez le confirmer.</source>
      <translation>Warning: changing the kind of limit resets the credits used to 0 (now {used}). You will be asked to confirm.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="167" />
      <source>Indiquez un montant en crédits.</source>
      <translation>Enter an amount in credits.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="169" />
      <source>Le montant doit être un nombre entier de crédits.</source>
      <translation>The amount must be a whole number of credits.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="170" />
      <source>Le montant doit être supérieur à 0.</source>
      <translation>The amount must be greater than 0.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="171" />
      <source>Le montant est trop grand : au plus {max} crédits.</source>
      <translation>The amount is too large: at most {max} credits.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="176" />
      <source>La fin de la période est antérieure à son début.</source>
      <translation>The end of the period is before its start.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="182" />
      <source>{used} crédits ce mois-ci</source>
      <translation>{used} credits this month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="183" />
      <source>{used} crédits</source>
      <translation>{used} credits</translation>
    </message>
    <message>
      <location filename="../../ui/modify_limits_dialog.ui" line="12" />
      <source>Modifier les limites</source>
      <translation>Edit limits</translation>
    </message>
    <message>
      <location filename="../../ui/modify_limits_dialog.ui" line="18" />
      <source>Combien de crédits ce sous-compte peut utiliser dans le panier.</source>
      <translation>How many credits this sub-account may use from the basket.</translation>
    </message>
    <message>
      <location filename="../../ui/modify_limits_dialog.ui" line="30" />
      <source>&amp;Type de limite :</source>
      <translation>Limit &amp;kind:</translation>
    </message>
    <message>
      <location filename="../../ui/modify_limits_dialog.ui" line="39" />
      <source>&amp;Montant (crédits) :</source>
      <translation>&amp;Amount (credits):</translation>
    </message>
    <message>
      <location filename="../../ui/modify_limits_dialog.ui" line="48" />
      <source>par exemple 500</source>
      <translation>for example 500</translation>
    </message>
    <message>
      <location filename="../../ui/modify_limits_dialog.ui" line="62" />
      <source>Période de validité :</source>
      <translation>Validity period:</translation>
    </message>
    <message>
      <location filename="../../ui/modify_limits_dialog.ui" line="72" />
      <source>&amp;Du</source>
      <translation>&amp;From</translation>
    </message>
    <message>
      <location filename="../../ui/modify_limits_dialog.ui" line="82" />
      <source>&amp;au</source>
      <translation>&amp;to</translation>
    </message>
    <message>
      <location filename="../../ui/modify_limits_dialog.ui" line="100" />
      <source>Facultative, pour une limite fixe seulement ; chaque date est incluse.</source>
      <translation>Optional, for a fixed limit only; each date is included.</translation>
    </message>
    <message>
      <location filename="../../ui/modify_limits_dialog.ui" line="116" />
      <source>Utilisés actuellement :</source>
      <translation>Used now:</translation>
    </message>
    <message>
      <location filename="../../ui/modify_limits_dialog.ui" line="121" />
      <source>0</source>
      <translation>0</translation>
    </message>
    <message>
      <source>Changer le type de limite</source>
      <translation>Change the kind of limit</translation>
    </message>
    <message>
      <source>Changer le type de limite remet à 0 les crédits utilisés par « {name} » (actuellement {used}).</source>
      <translation>Changing the kind of limit resets the credits used by “{name}” to 0 (now {used}).</translation>
    </message>
    <message>
      <source>Changer et remettre à zéro</source>
      <translation>Change and reset to zero</translation>
    </message>
  </context>
  <context>
    <name>MySpacePage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="37" />
      <source>Mon espace</source>
      <translation>My space</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="38" />
      <source>Votre limite de crédits, ce que vous avez utilisé et les tâches que vous avez envoyées.</source>
      <translation>Your credit limit, what you have used and the tasks you have sent.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="41" />
      <source>&amp;Nouvelle tâche</source>
      <translation>&amp;New task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="46" />
      <source>Votre administrateur ne vous a pas donné le privilège d'envoyer des tâches.</source>
      <translation>Your administrator has not given you the privilege to submit tasks.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="49" />
      <source>Ma limite</source>
      <translation>My limit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="50" />
      <source>Crédits utilisés</source>
      <translation>Credits used</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="51" />
      <source>Crédits restants</source>
      <translation>Credits remaining</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="60" />
      <source>{n} tâche</source>
      <translation>{n} task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="60" />
      <source>{n} tâches</source>
      <translation>{n} tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="61" />
      <source>Aucune tâche. Envoyez-en une avec « Nouvelle tâche ».</source>
      <translation>No task. Send one with “New task”.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="62" />
      <source>Rechercher un titre, un service…</source>
      <translation>Search a title, a service…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="68" />
      <source>Votre administrateur ne vous a pas donné accès à votre consommation. Vous pouvez toujours envoyer des tâches avec « Nouvelle tâche ».</source>
      <translation>Your administrator has not given you access to your usage. You can still send tasks with “New task”.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="100" />
      <source>Aucune limite</source>
      <translation>No limit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="100" />
      <source>Vous pouvez utiliser le panier de l'entreprise sans plafond.</source>
      <translation>You may use the company's credit basket without a ceiling.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="103" />
      <source>crédits par mois</source>
      <translation>credits a month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="106" />
      <source>crédits du {start} au {end}</source>
      <translation>credits from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="108" />
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="110" />
      <source>ce mois-ci</source>
      <translation>this month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="109" />
      <source>sur la période</source>
      <translation>over the period</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="113" />
      <source>sans limite</source>
      <translation>no limit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="117" />
      <source>{percent} de la limite utilisés</source>
      <translation>{percent} of the limit used</translation>
    </message>
  </context>
  <context>
    <name>NewTaskDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="54" />
      <source>Nouvelle tâche</source>
      <translation>New task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="64" />
      <source>{name} ({rate} crédits par {unit})</source>
      <translation>{name} ({rate} credits per {unit})</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="78" />
      <source>par exemple Brochure printemps EN</source>
      <translation>for example Spring brochure EN</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="80" />
      <source>&amp;Sous-compte :</source>
      <translation>&amp;Sub-account:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="81" />
      <source>S&amp;ervice :</source>
      <translation>S&amp;ervice:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="82" />
      <source>&amp;Complexité :</source>
      <translation>&amp;Complexity:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="83" />
      <source>&amp;Unités :</source>
      <translation>&amp;Units:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="84" />
      <source>&amp;Titre :</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="102" />
      <source>&amp;Envoyer la tâche</source>
      <translation>&amp;Send the task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="103" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="129" />
      <source>Coût : calcul…</source>
      <translation>Cost: calculating…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="132" />
      <source>Sans limite : le sous-compte puise librement dans le panier.</source>
      <translation>No limit: the sub-account draws freely on the basket.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="135" />
      <source>ce mois-ci</source>
      <translation>this month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="135" />
      <source>au total</source>
      <translation>in all</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="136" />
      <source>Reste sur sa limite : {left} crédits {when}.</source>
      <translation>Left on its limit: {left} credits {when}.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="148" />
      <source>Coût : {cost} crédits</source>
      <translation>Cost: {cost} credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="165" />
      <source>Tâche refusée : {reason}</source>
      <translation>Task refused: {reason}</translation>
    </message>
  </context>
  <context>
    <name>NotificationsBox</name>
    <message>
      <location filename="../../deepetch_desktop/gui/notifications.py" line="34" />
      <source>Notifications</source>
      <translation>Notifications</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/notifications.py" line="38" />
      <source>Tout marquer comme &amp;lu</source>
      <translation>Mark all as &amp;read</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/notifications.py" line="46" />
      <source>Dernières notifications</source>
      <translation>Latest notifications</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/notifications.py" line="47" />
      <source>Aucune notification.</source>
      <translation>No notifications.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/notifications.py" line="60" />
      <source>{n} notification non lue</source>
      <translation>{n} unread notification</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/notifications.py" line="60" />
      <source>{n} notifications non lues</source>
      <translation>{n} unread notifications</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/notifications.py" line="61" />
      <source>Aucune notification non lue</source>
      <translation>No unread notifications</translation>
    </message>
  </context>
  <context>
    <name>PaymentDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="102" />
      <source>Enregistrer un paiement</source>
      <translation>Record a payment</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="109" />
      <source>par exemple VIR-2026-118</source>
      <translation>for example VIR-2026-118</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="111" />
      <source>&amp;Montant reçu (€) :</source>
      <translation>&amp;Amount received (€):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="113" />
      <source>&amp;Date du paiement :</source>
      <translation>Payment &amp;date:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="114" />
      <source>&amp;Référence :</source>
      <translation>&amp;Reference:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="116" />
      <source>&amp;Enregistrer le paiement</source>
      <translation>&amp;Record the payment</translation>
    </message>
  </context>
  <context>
    <name>PreferencesTab</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="46" />
      <source>Entreprise</source>
      <translation>Company</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="50" />
      <source>Raison sociale :</source>
      <translation>Company name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="51" />
      <source>Forme juridique :</source>
      <translation>Legal form:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="52" />
      <source>SIREN :</source>
      <translation>SIREN:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="53" />
      <source>N° de TVA :</source>
      <translation>VAT number:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="54" />
      <source>Adresse :</source>
      <translation>Address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="55" />
      <source>E-mail de facturation :</source>
      <translation>Billing e-mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="56" />
      <source>Fuseau horaire :</source>
      <translation>Time zone:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="61" />
      <source>&amp;Modifier les coordonnées…</source>
      <translation>&amp;Edit the details…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="69" />
      <source>Conditions d'entreprise</source>
      <translation>Enterprise terms</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="73" />
      <source>A&amp;pprouver les conditions d'entreprise</source>
      <translation>A&amp;pprove the enterprise terms</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="78" />
      <source>Application</source>
      <translation>Application</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="87" />
      <source>&amp;Langue de l'interface :</source>
      <translation>Interface &amp;language:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="90" />
      <source>Base de données :</source>
      <translation>Database:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="106" />
      <source>Approuvées le {day} par {who} : les achats sont payables sous 30 jours sur facture.</source>
      <translation>Approved on {day} by {who}: purchases are payable within 30 days on invoice.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="112" />
      <source>Pas encore approuvées : l'achat de crédits sur facture n'est pas possible.</source>
      <translation>Not approved yet: buying credits on invoice is not possible.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="129" />
      <source>Conditions d'entreprise approuvées</source>
      <translation>Enterprise terms approved</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="148" />
      <source>Coordonnées de l'entreprise enregistrées</source>
      <translation>Company details saved</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="158" />
      <source>La langue choisie s'appliquera au prochain démarrage.</source>
      <translation>The chosen language applies from the next start.</translation>
    </message>
    <message>
      <source>Enregistrer l'approbation des conditions d'entreprise, à votre nom et à la date d'aujourd'hui ?</source>
      <translation>Record the approval of the enterprise terms, in your name and with today's date?</translation>
    </message>
    <message>
      <source>Enregistrer l'approbation</source>
      <translation>Record the approval</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="69" />
      <source>Rapports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="70" />
      <source>La consommation de crédits sur une période, par sous-compte, service ou mois ; jusqu'à quand le panier suffira.</source>
      <translation>Credits used over a period, by sub-account, service or month; how long the basket will last.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="73" />
      <source>Sous-compte</source>
      <translation>Sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="74" />
      <source>Service ou centre de coût</source>
      <translation>Department or cost centre</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="75" />
      <source>Consommation par service ou centre de coût</source>
      <translation>Consumption by department or cost centre</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="76" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="76" />
      <source>Consommation par service</source>
      <translation>Consumption by service</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="77" />
      <source>Complexité</source>
      <translation>Complexity</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="77" />
      <source>Consommation par complexité</source>
      <translation>Usage by complexity</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="78" />
      <source>Mois</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="78" />
      <source>Consommation par mois</source>
      <translation>Consumption by month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="80" />
      <source>Service ou centre de coût, puis sous-compte</source>
      <translation>Department or cost centre, then sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="81" />
      <source>Consommation par service ou centre de coût et sous-compte</source>
      <translation>Usage by department or cost centre and sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="82" />
      <source>Mois, puis service</source>
      <translation>Month, then service</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="83" />
      <source>Consommation par mois et service</source>
      <translation>Usage by month and service</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="86" />
      <source>&amp;Exporter…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="88" />
      <source>&amp;Imprimer</source>
      <translation>&amp;Print</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="113" />
      <source>Début de la période</source>
      <translation>Start of the period</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="114" />
      <source>Fin de la période</source>
      <translation>End of the period</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="117" />
      <source>Regrouper par</source>
      <translation>Group by</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="121" />
      <source>&amp;Du :</source>
      <translation>&amp;From:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="121" />
      <source>&amp;au :</source>
      <translation>&amp;to:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="122" />
      <source>&amp;Regrouper par :</source>
      <translation>&amp;Group by:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="134" />
      <source>Consommation sur la période</source>
      <translation>Consumption over the period</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="135" />
      <source>Autonomie du panier</source>
      <translation>Basket runway</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="145" />
      <source>{n} ligne</source>
      <translation>{n} line</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="145" />
      <source>{n} lignes</source>
      <translation>{n} lines</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="146" />
      <source>Aucune consommation sur cette période. Choisissez d'autres dates.</source>
      <translation>No consumption over this period. Choose other dates.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="147" />
      <source>Rechercher dans le rapport…</source>
      <translation>Search the report…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="201" />
      <source>Crédits utilisés, du {start} au {end}</source>
      <translation>Credits used, {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="207" />
      <source>crédits du {start} au {end}</source>
      <translation>credits from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="214" />
      <source>{n} tâche</source>
      <translation>{n} task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="214" />
      <source>{n} tâches</source>
      <translation>{n} tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="215" />
      <source>Total : {credits} crédits, {tasks}, {value} HT</source>
      <translation>Total: {credits} credits, {tasks}, {value} excl. VAT</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="222" />
      <source>Pas de consommation récente</source>
      <translation>No recent consumption</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="225" />
      <source>Au rythme des {window} derniers jours, le panier sera vide vers le {day}</source>
      <translation>At the rate of the last {window} days, the basket will be empty around {day}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="236" />
      <source>Autres</source>
      <translation>Others</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="255" />
      <source>Du {start} au {end}</source>
      <translation>From {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="261" />
      <source>Tâches</source>
      <translation>Tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="261" />
      <source>Crédits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="262" />
      <source>Valeur HT (€)</source>
      <translation>Value excl. VAT (€)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="267" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="293" />
      <source>Choisissez un fichier .csv, .xlsx ou .pdf.</source>
      <translation>Choose a .csv, .xlsx or .pdf file.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="295" />
      <source>Export du rapport en cours…</source>
      <translation>Exporting the report…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="297" />
      <source>Rapport enregistré dans {path}</source>
      <translation>Report saved to {path}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="299" />
      <source>Le rapport n'a pas pu être enregistré dans {path} : {error}</source>
      <translation>The report could not be saved to {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="324" />
      <source>Rapport « {title} » envoyé à l'impression</source>
      <translation>Report “{title}” sent to the printer</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="204" />
      <source>Aucune consommation sur cette période.</source>
      <translation>No consumption in this period.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="73" />
      <source>Consommation par sous-compte</source>
      <translation>Consumption by sub-account</translation>
    </message>
    <message>
      <source>Fichier CSV (*.csv)</source>
      <translation>CSV file (*.csv)</translation>
    </message>
    <message>
      <source>Classeur Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Document PDF (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <source>Exporter le rapport</source>
      <translation>Export the report</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="62" />
      <source>Paramètres</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="63" />
      <source>Les sous-comptes qui puisent dans le panier : profils, privilèges et limites ; les réglages de l'application.</source>
      <translation>The sub-accounts that draw on the basket: profiles, privileges and limits; the application's settings.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="65" />
      <source>&amp;Ajouter un sous-compte</source>
      <translation>&amp;Add a sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="75" />
      <source>{n} sous-compte</source>
      <translation>{n} sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="75" />
      <source>{n} sous-comptes</source>
      <translation>{n} sub-accounts</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="76" />
      <source>Aucun sous-compte. Ajoutez-en un avec « Ajouter un sous-compte ».</source>
      <translation>No sub-accounts. Add one with “Add a sub-account”.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="77" />
      <source>Rechercher un nom, un e-mail, un service…</source>
      <translation>Search a name, an e-mail, a department…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="87" />
      <source>&amp;Modifier les limites</source>
      <translation>&amp;Edit limits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="88" />
      <source>&amp;Profil et privilèges</source>
      <translation>&amp;Profile and privileges</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="89" />
      <source>&amp;Suspendre</source>
      <translation>&amp;Suspend</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="90" />
      <source>&amp;Réactiver</source>
      <translation>Re&amp;activate</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="91" />
      <source>C&amp;lôturer</source>
      <translation>C&amp;lose</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="98" />
      <source>Sous-comptes</source>
      <translation>Sub-accounts</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="100" />
      <source>Application</source>
      <translation>Application</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="102" />
      <source>E-mail et rappels</source>
      <translation>E-mail and reminders</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="173" />
      <source>Limite enregistrée pour {name}</source>
      <translation>Limit saved for {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="175" />
      <source> ; crédits utilisés remis à 0</source>
      <translation>; credits used reset to 0</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="199" />
      <source>Sous-compte « {name} » ajouté</source>
      <translation>Sub-account “{name}” added</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="213" />
      <source>Profil enregistré pour {name}</source>
      <translation>Profile saved for {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="233" />
      <source>« {name} » est suspendu</source>
      <translation>“{name}” is suspended</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="236" />
      <source>« {name} » est réactivé</source>
      <translation>“{name}” is reactivated</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="242" />
      <source>« {name} » est clôturé</source>
      <translation>“{name}” is closed</translation>
    </message>
    <message>
      <source>Clôturer le sous-compte</source>
      <translation>Close the sub-account</translation>
    </message>
    <message>
      <source>« {name} » ne pourra plus envoyer de tâches et ne pourra pas être rouvert ; son historique est conservé.</source>
      <translation>“{name}” will no longer be able to submit tasks and cannot be reopened; its history is kept.</translation>
    </message>
    <message>
      <source>Clôturer définitivement</source>
      <translation>Close for good</translation>
    </message>
  </context>
  <context>
    <name>SmtpDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="58" />
      <source>Serveur SMTP</source>
      <translation>SMTP server</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="61" />
      <source>Le serveur par lequel partent les factures, les avoirs et les rappels, à l'adresse de facturation de l'entreprise.</source>
      <translation>The server that sends invoices, credit notes and reminders to the company's billing address.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="67" />
      <source>smtp.exemple.fr</source>
      <translation>smtp.example.com</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="71" />
      <source>Aucune</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="75" />
      <source>vide : sans authentification</source>
      <translation>empty: no authentication</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="81" />
      <source>enregistré ; vide : le garder</source>
      <translation>stored; empty: keep it</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="83" />
      <source>&amp;Serveur :</source>
      <translation>&amp;Server:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="85" />
      <source>P&amp;ort :</source>
      <translation>P&amp;ort:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="86" />
      <source>S&amp;écurité :</source>
      <translation>S&amp;ecurity:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="87" />
      <source>&amp;Expéditeur :</source>
      <translation>S&amp;ender:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="89" />
      <source>&amp;Utilisateur :</source>
      <translation>&amp;User:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="91" />
      <source>&amp;Mot de passe :</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="103" />
      <source>&amp;Enregistrer</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="104" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="125" />
      <source>Indiquez le nom du serveur SMTP, sans espace.</source>
      <translation>Enter the SMTP server's name, without spaces.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="126" />
      <source>L'expéditeur doit être une adresse e-mail.</source>
      <translation>The sender must be an e-mail address.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="127" />
      <source>L'utilisateur contient des caractères interdits.</source>
      <translation>The user contains forbidden characters.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="136" />
      <source>Un mot de passe va avec un utilisateur.</source>
      <translation>A password needs a user.</translation>
    </message>
  </context>
  <context>
    <name>SmtpPasswordDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="201" />
      <source>Mot de passe SMTP</source>
      <translation>SMTP password</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="206" />
      <source>Ce poste n'a pas de trousseau de mots de passe : le mot de passe du serveur SMTP est gardé en mémoire pour cette session seulement, jamais enregistré.</source>
      <translation>This computer has no password keyring: the SMTP server password is kept in memory for this session only, never saved.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="213" />
      <source>&amp;Mot de passe :</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="217" />
      <source>Envoyer</source>
      <translation>Send</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="218" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SubAccountDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="42" />
      <source>Ajouter un sous-compte</source>
      <translation>Add a sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="43" />
      <source>Profil et privilèges — {name}</source>
      <translation>Profile and privileges — {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="59" />
      <source>&amp;Nom :</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="60" />
      <source>&amp;E-mail :</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="61" />
      <source>&amp;Service ou centre de coût :</source>
      <translation>&amp;Department or cost centre:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="62" />
      <source>&amp;Téléphone :</source>
      <translation>&amp;Phone:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="63" />
      <source>&amp;Fonction :</source>
      <translation>&amp;Job title:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="67" />
      <source>Privilèges</source>
      <translation>Privileges</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="69" />
      <source>Envoyer des tâches</source>
      <translation>Submit tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="70" />
      <source>Voir sa consommation</source>
      <translation>See own usage</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="71" />
      <source>Voir les factures de l'entreprise</source>
      <translation>See the company's invoices</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="72" />
      <source>Acheter des crédits</source>
      <translation>Buy credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="73" />
      <source>Administrer les sous-comptes</source>
      <translation>Administer sub-accounts</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="81" />
      <source>&amp;Ajouter</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="81" />
      <source>&amp;Enregistrer</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="82" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="109" />
      <source>Indiquez un nom.</source>
      <translation>Enter a name.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="111" />
      <source>Indiquez une adresse e-mail.</source>
      <translation>Enter an e-mail address.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="113" />
      <source>Cette adresse e-mail n'est pas valide.</source>
      <translation>This e-mail address is not valid.</translation>
    </message>
  </context>
  <context>
    <name>TasksPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="42" />
      <source>Tâches</source>
      <translation>Tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="43" />
      <source>Les tâches envoyées par les sous-comptes et les crédits qu'elles ont coûté.</source>
      <translation>The tasks sent by the sub-accounts and the credits they cost.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="45" />
      <source>&amp;Nouvelle tâche</source>
      <translation>&amp;New task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="46" />
      <source>&amp;Rembourser</source>
      <translation>&amp;Refund</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="52" />
      <source>{n} tâche</source>
      <translation>{n} task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="52" />
      <source>{n} tâches</source>
      <translation>{n} tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="53" />
      <source>Aucune tâche. Envoyez-en une avec « Nouvelle tâche ».</source>
      <translation>No tasks. Send one with “New task”.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="54" />
      <source>Rechercher un titre, un sous-compte…</source>
      <translation>Search a title, a sub-account…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="58" />
      <source>Sous-compte</source>
      <translation>Sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="60" />
      <source>Mois</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="61" />
      <source>Sous-compte :</source>
      <translation>Sub-account:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="63" />
      <source>Mois :</source>
      <translation>Month:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="67" />
      <source>Rembourser la tâche</source>
      <translation>Refund the task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="88" />
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="91" />
      <source>Tous</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="146" />
      <source>Tâche n° {id} remboursée : {credits} crédits rendus</source>
      <translation>Task no. {id} refunded: {credits} credits returned</translation>
    </message>
    <message>
      <source>Les {cost} crédits de la tâche « {title} » reviennent au panier et à la limite de « {name} ».</source>
      <translation>The {cost} credits of task “{title}” go back to the basket and to the limit of “{name}”.</translation>
    </message>
    <message>
      <source>Rembourser</source>
      <translation>Refund</translation>
    </message>
    <message>
      <source>Tâche n° {id} envoyée : {cost} crédits débités</source>
      <translation>Task no. {id} sent: {cost} credits debited</translation>
    </message>
  </context>
  <context>
    <name>_AmountDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="63" />
      <source>Facture {number} : {gross} TTC, reste à payer {left}.</source>
      <translation>Invoice {number}: {gross} incl. VAT, {left} left to pay.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="75" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="82" />
      <source>Indiquez un montant.</source>
      <translation>Enter an amount.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="85" />
      <source>Le montant doit être un nombre avec au plus deux décimales.</source>
      <translation>The amount must be a number with at most two decimals.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="91" />
      <source>Le montant doit être supérieur à 0.</source>
      <translation>The amount must be greater than 0.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="93" />
      <source>Le montant dépasse le reste à payer ({left}).</source>
      <translation>The amount exceeds what is left to pay ({left}).</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Création impossible</source>
      <translation>Cannot create</translation>
    </message>
    <message>
      <source>{name} ({role}) : {email}, mot de passe {password}</source>
      <translation>{name} ({role}): {email}, password {password}</translation>
    </message>
    <message>
      <source>administrateur</source>
      <translation>administrator</translation>
    </message>
    <message>
      <source>sous-compte</source>
      <translation>sub-account</translation>
    </message>
    <message>
      <source>Entreprise de démonstration</source>
      <translation>Demo company</translation>
    </message>
    <message>
      <source>Les connexions de la démonstration (notez-les) :</source>
      <translation>The demo's logins (write them down):</translation>
    </message>
    <message>
      <source>Impossible d'ouvrir la base de données {url} : {error}.</source>
      <translation>Cannot open the database {url}: {error}.</translation>
    </message>
    <message>
      <source>Base de données</source>
      <translation>Database</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>Une erreur inattendue s'est produite ({name}). Ce qui était enregistré l'est resté ; recommencez l'opération.</source>
      <translation>An unexpected error occurred ({name}). What was saved is still saved; try the operation again.</translation>
    </message>
    <message>
      <source>Une erreur inattendue s'est produite ({name}). Ce qui était enregistré l'est resté ; recommencez l'opération. Le détail est dans {file}.</source>
      <translation>An unexpected error occurred ({name}). What was saved is still saved; try the operation again. The details are in {file}.</translation>
    </message>
    <message>
      <source>Erreur inattendue</source>
      <translation>Unexpected error</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>smtp</name>
    <message>
      <source>Mot de passe en clair</source>
      <translation>Password in clear</translation>
    </message>
    <message>
      <source>Sans chiffrement (sécurité « Aucune »), le mot de passe partira en clair vers {host} : quiconque voit passer le trafic du réseau pourra le lire et envoyer des e-mails en votre nom. Choisissez STARTTLS ou TLS si le serveur les propose.</source>
      <translation>Without encryption (security “None”), the password will travel in clear to {host}: anyone who sees the network traffic can read it and send e-mails in your name. Choose STARTTLS or TLS if the server offers them.</translation>
    </message>
    <message>
      <source>Envoyer le mot de passe en clair</source>
      <translation>Send the password in clear</translation>
    </message>
    <message>
      <source>Ce poste n'a pas de trousseau de mots de passe : le mot de passe ne peut pas y être enregistré. Laissez-le vide et donnez-le à l'application par la variable d'environnement {variable}.</source>
      <translation>This computer has no password keyring: the password cannot be stored in it. Leave it empty and give it to the application through the {variable} environment variable.</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>raison sociale</source>
      <translation>company name</translation>
    </message>
    <message>
      <source>forme juridique</source>
      <translation>legal form</translation>
    </message>
    <message>
      <source>SIREN</source>
      <translation>SIREN</translation>
    </message>
    <message>
      <source>n° de TVA</source>
      <translation>VAT number</translation>
    </message>
    <message>
      <source>adresse</source>
      <translation>address</translation>
    </message>
    <message>
      <source>e-mail de facturation</source>
      <translation>billing e-mail</translation>
    </message>
    <message>
      <source>fuseau horaire</source>
      <translation>time zone</translation>
    </message>
  </context>
  <context>
    <name>tables</name>
    <message>
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Service / centre de coût</source>
      <translation>Department / cost centre</translation>
    </message>
    <message>
      <source>Type de limite</source>
      <translation>Limit kind</translation>
    </message>
    <message>
      <source>Limite</source>
      <translation>Limit</translation>
    </message>
    <message>
      <source>Utilisés</source>
      <translation>Used</translation>
    </message>
    <message>
      <source>Restants</source>
      <translation>Remaining</translation>
    </message>
    <message>
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>N°</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Sous-compte</source>
      <translation>Sub-account</translation>
    </message>
    <message>
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Complexité</source>
      <translation>Complexity</translation>
    </message>
    <message>
      <source>Unités</source>
      <translation>Units</translation>
    </message>
    <message>
      <source>Coût</source>
      <translation>Cost</translation>
    </message>
    <message>
      <source>État</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Remboursée</source>
      <translation>Refunded</translation>
    </message>
    <message>
      <source>Débitée</source>
      <translation>Debited</translation>
    </message>
    <message>
      <source>Numéro</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Échéance</source>
      <translation>Due date</translation>
    </message>
    <message>
      <source>Libellé</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Total TTC</source>
      <translation>Total incl. VAT</translation>
    </message>
    <message>
      <source>Reste à payer</source>
      <translation>Left to pay</translation>
    </message>
    <message>
      <source>Opération</source>
      <translation>Operation</translation>
    </message>
    <message>
      <source>Crédits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <source>Solde après</source>
      <translation>Balance after</translation>
    </message>
    <message>
      <source>Par</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Type de crédits</source>
      <translation>Credit type</translation>
    </message>
    <message>
      <source>Quantité</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>Prix unitaire HT</source>
      <translation>Unit price excl. VAT</translation>
    </message>
    <message>
      <source>Facture</source>
      <translation>Invoice</translation>
    </message>
    <message>
      <source>montant</source>
      <translation>amount</translation>
    </message>
    <message>
      <source>du</source>
      <translation>from</translation>
    </message>
    <message>
      <source>au</source>
      <translation>to</translation>
    </message>
    <message>
      <source>type de crédits</source>
      <translation>credit type</translation>
    </message>
    <message>
      <source>quantité</source>
      <translation>quantity</translation>
    </message>
    <message>
      <source>crédits</source>
      <translation>credits</translation>
    </message>
    <message>
      <source>facture</source>
      <translation>invoice</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>utilisés remis à 0</source>
      <translation>used reset to 0</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Détails</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>usage</name>
    <message>
      <source>Sous-compte</source>
      <translation>Sub-account</translation>
    </message>
    <message>
      <source>Tâches</source>
      <translation>Tasks</translation>
    </message>
    <message>
      <source>Crédits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <source>Valeur HT</source>
      <translation>Value excl. VAT</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Share</translation>
    </message>
  </context>
  <context>
    <name>outbox</name>
    <message>
      <source>Le PDF de {numbers} n'a pas pu être produit : il sera refait au prochain rattrapage, une fois la cause corrigée (voir les notifications).</source>
      <translation>The PDF of {numbers} could not be produced: it will be made at the next catch-up, once the cause is fixed (see the notifications).</translation>
    </message>
    <message>
      <source>Configurez le serveur SMTP dans Paramètres pour envoyer les factures.</source>
      <translation>Set up the SMTP server in Settings to send the invoices.</translation>
    </message>
    <message>
      <source>Le serveur SMTP a refusé l'envoi : vérifiez les réglages dans Paramètres › E-mail et rappels ({error}).</source>
      <translation>The SMTP server refused to send: check the settings in Settings › E-mail and reminders ({error}).</translation>
    </message>
    <message>
      <source>Le serveur SMTP ne répond pas : la facture est enregistrée et sera envoyée dès qu'il répondra.</source>
      <translation>The SMTP server does not answer: the invoice is saved and will be sent as soon as it answers.</translation>
    </message>
    <message>
      <source>{n} e-mail envoyé.</source>
      <translation>{n} e-mail sent.</translation>
    </message>
    <message>
      <source>{n} e-mails envoyés.</source>
      <translation>{n} e-mails sent.</translation>
    </message>
    <message>
      <source>L'e-mail attend le prochain essai d'envoi.</source>
      <translation>The e-mail waits for the next sending attempt.</translation>
    </message>
    <message>
      <source>L'envoi est reporté au prochain rattrapage : {reason}</source>
      <translation>Sending is put off to the next catch-up: {reason}</translation>
    </message>
    <message>
      <source>Mot de passe SMTP non donné : les e-mails restent dans la file d'envoi.</source>
      <translation>No SMTP password given: the e-mails stay in the outbox.</translation>
    </message>
  </context>
  <context>
    <name>report_output</name>
    <message>
      <source>L'impression n'est pas disponible sur ce poste : exportez le rapport en PDF et imprimez-le depuis votre lecteur PDF.</source>
      <translation>Printing is not available on this computer: export the report as PDF and print it from your PDF reader.</translation>
    </message>
  </context>
  <context>
    <name>restore</name>
    <message>
      <source>Restaurer une sauvegarde</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <source>Sauvegardes Deepetch (*.sqlite3 *.sqlite3.*);;Tous les fichiers (*)</source>
      <translation>Deepetch backups (*.sqlite3 *.sqlite3.*);;All files (*)</translation>
    </message>
    <message>
      <source>Remplacer la base {location} par la sauvegarde {backup} ?

Tout ce qui a été enregistré depuis cette sauvegarde (achats, tâches, factures, paiements) ne sera plus dans la base. La base actuelle est gardée à côté d'elle sous un nom daté. Deepetch Desktop se fermera ensuite : relancez-le.</source>
      <translation>Replace the database {location} with the backup {backup}?

Everything recorded since this backup (purchases, tasks, invoices, payments) will no longer be in the database. The current database is kept beside it under a dated name. Deepetch Desktop will then close: start it again.</translation>
    </message>
    <message>
      <source>Restaurer</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Cette base est sur un serveur : restaurez-la avec les outils du serveur (pg_restore).</source>
      <translation>This database is on a server: restore it with the server's tools (pg_restore).</translation>
    </message>
    <message>
      <source> La base remplacée est gardée dans {kept}.</source>
      <translation> The replaced database is kept in {kept}.</translation>
    </message>
    <message>
      <source>La sauvegarde {backup} a été restaurée.{kept} Deepetch Desktop va se fermer : relancez-le pour travailler sur la base restaurée.</source>
      <translation>The backup {backup} was restored.{kept} Deepetch Desktop will now close: start it again to work on the restored database.</translation>
    </message>
    <message>
      <source>Rien n'a été restauré : {error}</source>
      <translation>Nothing was restored: {error}</translation>
    </message>
    <message>
      <source>Restauration de la sauvegarde en cours…</source>
      <translation>Restoring the backup…</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>Connexion non mémorisée sur cet ordinateur : {error}</source>
      <translation>Login not remembered on this computer: {error}</translation>
    </message>
    <message>
      <source>La connexion n'a pas abouti : {error}</source>
      <translation>Logging in failed: {error}</translation>
    </message>
  </context>
</TS>