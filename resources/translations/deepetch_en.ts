<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name>AppContext</name>
    <message>
      <location filename="../../deepetch_desktop/gui/context.py" line="86" />
      <source>L'opération n'a pas abouti : {error}</source>
      <translation>The operation failed: {error}</translation>
    </message>
  </context>
  <context>
    <name>BuyCreditsDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="68" />
      <source>Acheter des crédits</source>
      <translation>Buy credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="74" />
      <source>Choisissez le type de crédits qui convient à votre équipe. Plus le lot est grand, moins le crédit coûte cher.</source>
      <translation>Choose the credit type that suits your team. The bigger the batch, the cheaper the credit.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="94" />
      <source>Type de crédits</source>
      <translation>Credit type</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="99" />
      <source>&amp;Quantité :</source>
      <translation>&amp;Quantity:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="102" />
      <source>facultatif : celui de votre entreprise, imprimé sur la facture</source>
      <translation>optional: your company's, printed on the invoice</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="104" />
      <source>N° de &amp;bon de commande :</source>
      <translation>Purchase-&amp;order number:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="106" />
      <source>Conditions d'entreprise (facture à 30 jours)</source>
      <translation>Enterprise terms (invoice, 30 days)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="110" />
      <source>&amp;Moyen de paiement :</source>
      <translation>&amp;Payment method:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="116" />
      <source>Total HT :</source>
      <translation>Total excl. VAT:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="117" />
      <source>TVA :</source>
      <translation>VAT:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="119" />
      <source>Total TTC :</source>
      <translation>Total incl. VAT:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="132" />
      <source>&amp;Acheter</source>
      <translation>&amp;Buy</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="134" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="135" />
      <source>&amp;Ouvrir la facture</source>
      <translation>&amp;Open the invoice</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="146" />
      <source>Indisponible tant que les conditions d'entreprise ne sont pas approuvées (Paramètres › Application).</source>
      <translation>Unavailable until the enterprise terms are approved (Settings › Application).</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="150" />
      <source>Les crédits sont ajoutés tout de suite ; la facture sera envoyée à {email}.</source>
      <translation>The credits are added at once; the invoice will be sent to {email}.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="187" />
      <source>TVA ({rate}) :</source>
      <translation>VAT ({rate}):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="190" />
      <source>{amount}  pour {credits} crédits</source>
      <translation>{amount}  for {credits} credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="219" />
      <source>{credits} crédits ajoutés au panier (solde : {balance}). Facture {number} de {gross} TTC, payable avant le {due}.</source>
      <translation>{credits} credits added to the basket (balance: {balance}). Invoice {number} of {gross} incl. VAT, payable by {due}.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="229" />
      <source>La facture est en file d'attente d'envoi vers {email}.</source>
      <translation>The invoice is queued to be sent to {email}.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/buy.py" line="234" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Faites des économies : −{percent}</source>
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
      <source>Acheter {quantity} × « {pack} » ({credits} crédits) pour {gross} TTC, payables sous 30 jours ?</source>
      <translation>Buy {quantity} × “{pack}” ({credits} credits) for {gross} incl. VAT, payable within 30 days?</translation>
    </message>
    <message>
      <source>Acheter</source>
      <translation>Buy</translation>
    </message>
  </context>
  <context>
    <name>CatalogueDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="83" />
      <source>Nouveau pack</source>
      <translation>New pack</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="83" />
      <source>Pack {name}</source>
      <translation>Pack {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="84" />
      <source>Nouveau service</source>
      <translation>New service</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="84" />
      <source>Service {name}</source>
      <translation>Service {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="85" />
      <source>Nouveau niveau de complexité</source>
      <translation>New complexity level</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="86" />
      <source>Niveau de complexité {name}</source>
      <translation>Complexity level {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="113" />
      <source>Pr&amp;oposé à l'achat</source>
      <translation>&amp;Offered for purchase</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="114" />
      <source>Pr&amp;oposé pour les nouvelles tâches</source>
      <translation>&amp;Offered for new tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="118" />
      <source>&amp;Enregistrer</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="126" />
      <source>Les factures déjà émises gardent le prix de leur émission.</source>
      <translation>Invoices already issued keep the price they were issued at.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="127" />
      <source>Les tâches déjà envoyées gardent le coût de leur envoi.</source>
      <translation>Tasks already submitted keep the cost they were submitted at.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="128" />
      <source>Le coût d'une tâche est multiplié par ce facteur ; les tâches déjà envoyées gardent leur coût.</source>
      <translation>A task's cost is multiplied by this factor; tasks already submitted keep their cost.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="134" />
      <source>&amp;Code :</source>
      <translation>&amp;Code:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="135" />
      <source>Lettres majuscules, chiffres et _ (de 2 à 32) ; il ne change plus ensuite.</source>
      <translation>Capital letters, digits and _ (2 to 32); it cannot be changed afterwards.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="137" />
      <source>&amp;Nom :</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="140" />
      <source>C&amp;rédits :</source>
      <translation>C&amp;redits:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="143" />
      <source>&amp;Prix HT (€) :</source>
      <translation>&amp;Price excl. VAT (€):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="147" />
      <source>&amp;Unité :</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="150" />
      <source>par exemple « 1 000 caractères », « page »</source>
      <translation>for example "1,000 characters", "page"</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="152" />
      <source>&amp;Tarif (crédits par unité) :</source>
      <translation>&amp;Rate (credits per unit):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="156" />
      <source>&amp;Facteur :</source>
      <translation>&amp;Factor:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="158" />
      <source>par exemple 1,5 pour ×1,5</source>
      <translation>for example 1.5 for ×1.5</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="187" />
      <source>Ce champ est obligatoire.</source>
      <translation>This field is required.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="189" />
      <source>Le code ne peut contenir que des lettres, des chiffres et _ (de 2 à 32).</source>
      <translation>The code may only contain letters, digits and _ (2 to 32).</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="192" />
      <source>Le facteur doit être un nombre avec au plus deux décimales.</source>
      <translation>The factor must be a number with at most two decimals.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/catalogue.py" line="194" />
      <source>Le facteur doit être supérieur à 0 et au plus 10.</source>
      <translation>The factor must be more than 0 and at most 10.</translation>
    </message>
  </context>
  <context>
    <name>CatalogueTab</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="96" />
      <source>Packs de crédits</source>
      <translation>Credit packs</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="97" />
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="102" />
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="107" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="97" />
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="102" />
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="107" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="97" />
      <source>Crédits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="97" />
      <source>Prix HT</source>
      <translation>Price excl. VAT</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="98" />
      <source>Prix du crédit</source>
      <translation>Price per credit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="98" />
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="103" />
      <source>Proposé</source>
      <translation>Offered</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="99" />
      <source>Ajouter un &amp;pack…</source>
      <translation>Add a &amp;pack…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="99" />
      <source>Modifier le pac&amp;k…</source>
      <translation>Edit the pac&amp;k…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="101" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="102" />
      <source>Unité</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="102" />
      <source>Tarif (crédits)</source>
      <translation>Rate (credits)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="104" />
      <source>Ajouter un &amp;service…</source>
      <translation>Add a &amp;service…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="104" />
      <source>Modifier le ser&amp;vice…</source>
      <translation>Edit the ser&amp;vice…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="106" />
      <source>Niveaux de complexité</source>
      <translation>Complexity levels</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="107" />
      <source>Facteur</source>
      <translation>Factor</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="108" />
      <source>Ajouter un &amp;niveau…</source>
      <translation>Add a &amp;level…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="108" />
      <source>Modifier le nivea&amp;u…</source>
      <translation>Change the le&amp;vel…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="128" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="128" />
      <source>non</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_catalogue.py" line="155" />
      <source>Catalogue enregistré : {code}</source>
      <translation>Catalogue saved: {code}</translation>
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
      <source>C&amp;onfirmation :</source>
      <translation>C&amp;onfirm:</translation>
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
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="41" />
      <source>Coordonnées de l'entreprise</source>
      <translation>Company details</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="51" />
      <source>SAS, SARL…</source>
      <translation>SAS, SARL…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="44" />
      <source>Elles figurent sur les prochaines factures et leurs e-mails ; les factures déjà émises gardent celles de leur émission.</source>
      <translation>They appear on the next invoices and their e-mails; invoices already issued keep the details they were issued with.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="54" />
      <source>vide : l'entreprise n'en a pas</source>
      <translation>empty: the company has none</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="59" />
      <source>code ISO à deux lettres : FR, DE, BE…</source>
      <translation>two-letter ISO code: FR, DE, BE...</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="61" />
      <source>dans l'annuaire, par exemple 552100554</source>
      <translation>in the directory, for example 552100554</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="78" />
      <source>&amp;Raison sociale :</source>
      <translation>&amp;Company name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="79" />
      <source>&amp;Forme juridique :</source>
      <translation>&amp;Legal form:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="80" />
      <source>&amp;SIREN :</source>
      <translation>&amp;SIREN:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="81" />
      <source>N° de &amp;TVA :</source>
      <translation>&amp;VAT number:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="82" />
      <source>&amp;Adresse :</source>
      <translation>&amp;Address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="83" />
      <source>&amp;Pays :</source>
      <translation>Co&amp;untry:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="84" />
      <source>Adresse de facturation é&amp;lectronique :</source>
      <translation>E-&amp;invoicing address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="85" />
      <source>E-&amp;mail de facturation :</source>
      <translation>Billing e-&amp;mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="86" />
      <source>F&amp;useau horaire :</source>
      <translation>Time &amp;zone:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="100" />
      <source>&amp;Enregistrer</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/company.py" line="101" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="32" />
      <source>Corriger le panier</source>
      <translation>Correct the basket</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="36" />
      <source>Le panier contient {n} crédit. La correction s'ajoute au grand livre avec son motif, à votre nom ; rien de ce qui y est déjà n'est modifié.</source>
      <translation>The basket holds {n} credit. The correction is added to the ledger with its reason, in your name; nothing already in it is changed.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="38" />
      <source>Le panier contient {n} crédits. La correction s'ajoute au grand livre avec son motif, à votre nom ; rien de ce qui y est déjà n'est modifié.</source>
      <translation>The basket holds {n} credits. The correction is added to the ledger with its reason, in your name; nothing already in it is changed.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="44" />
      <source>A&amp;jouter des crédits</source>
      <translation>A&amp;dd credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="45" />
      <source>&amp;Retirer des crédits</source>
      <translation>&amp;Remove credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="54" />
      <source>Sens :</source>
      <translation>Direction:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="56" />
      <source>par exemple 250</source>
      <translation>for example 250</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="58" />
      <source>&amp;Crédits :</source>
      <translation>&amp;Credits:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="62" />
      <source>par exemple tâche facturée deux fois</source>
      <translation>for example task charged twice</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="64" />
      <source>&amp;Motif :</source>
      <translation>Rea&amp;son:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="68" />
      <source>Solde après :</source>
      <translation>Balance after:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="71" />
      <source>&amp;Enregistrer la correction</source>
      <translation>Sa&amp;ve the correction</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="101" />
      <source>Indiquez un nombre de crédits.</source>
      <translation>Enter a number of credits.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="102" />
      <source>Indiquez un nombre entier de crédits.</source>
      <translation>Enter a whole number of credits.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="103" />
      <source>Le nombre de crédits doit être supérieur à 0.</source>
      <translation>The number of credits must be more than 0.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="106" />
      <source>Le panier ne contient que {n} crédit.</source>
      <translation>The basket holds only {n} credit.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="107" />
      <source>Le panier ne contient que {n} crédits.</source>
      <translation>The basket holds only {n} credits.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/correction.py" line="114" />
      <source>Indiquez le motif de la correction.</source>
      <translation>Enter the reason for the correction.</translation>
    </message>
  </context>
  <context>
    <name>CreditNoteDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="178" />
      <source>Émettre un avoir</source>
      <translation>Issue a credit note</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="181" />
      <source>vide : tout ce qui n'est pas encore annulé</source>
      <translation>empty: all that is not cancelled yet</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="185" />
      <source>&amp;Montant TTC de l'avoir (€) :</source>
      <translation>Credit note &amp;amount incl. VAT (€):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="187" />
      <source>Mo&amp;tif :</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="189" />
      <source>Émettre l'a&amp;voir</source>
      <translation>Issue the credit &amp;note</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="211" />
      <source>Le montant dépasse ce qui reste de la facture ({left}).</source>
      <translation>The amount is more than what is left of the invoice ({left}).</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="223" />
      <source>Indiquez le motif.</source>
      <translation>Enter the reason.</translation>
    </message>
    <message>
      <source>Un avoir de {amount} sera émis sur la facture {number} ; il ne pourra être ni modifié ni supprimé.</source>
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
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="31" />
      <source>Crédits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="32" />
      <source>Le panier de crédits de l'entreprise : son solde, ses mouvements et les lots achetés.</source>
      <translation>The company's credit basket: its balance, its entries and the batches bought.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="34" />
      <source>&amp;Acheter des crédits</source>
      <translation>&amp;Buy credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="44" />
      <source>{n} mouvement</source>
      <translation>{n} entry</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="44" />
      <source>{n} mouvements</source>
      <translation>{n} entries</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="45" />
      <source>Aucun mouvement. Achetez des crédits pour remplir le panier.</source>
      <translation>No entries. Buy credits to fill the basket.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="46" />
      <source>Rechercher un libellé, un sous-compte…</source>
      <translation>Search a note, a sub-account…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="68" />
      <source>Solde du panier : {n} crédit</source>
      <translation>Basket balance: {n} credit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="69" />
      <source>Solde du panier : {n} crédits</source>
      <translation>Basket balance: {n} credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="53" />
      <source>{n} lot</source>
      <translation>{n} batch</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="53" />
      <source>{n} lots</source>
      <translation>{n} batches</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="54" />
      <source>Aucun lot acheté. Utilisez « Acheter des crédits ».</source>
      <translation>No batch bought yet. Use “Buy credits”.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="55" />
      <source>Rechercher un type de crédits, une facture…</source>
      <translation>Search a credit type, an invoice…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="58" />
      <source>Mouvements du panier</source>
      <translation>Basket entries</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="59" />
      <source>Lots achetés</source>
      <translation>Batches bought</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/credits.py" line="119" />
      <source>{credits} crédits achetés ; facture {number} émise</source>
      <translation>{credits} credits bought; invoice {number} issued</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="55" />
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="56" />
      <source>Le panier de crédits de l'entreprise en un coup d'œil.</source>
      <translation>The company's credit basket at a glance.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="57" />
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="91" />
      <source>Solde du panier</source>
      <translation>Basket balance</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="58" />
      <source>Utilisés ce mois-ci</source>
      <translation>Used this month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="59" />
      <source>Expiration des crédits</source>
      <translation>Credit expiry</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="60" />
      <source>Factures à régler</source>
      <translation>Invoices to pay</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="61" />
      <source>Autonomie du panier</source>
      <translation>Basket runway</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="71" />
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="73" />
      <source>Ouvrir les mouvements du panier</source>
      <translation>Open the basket's movements</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="72" />
      <source>Ouvrir les tâches de ce mois-ci</source>
      <translation>Open this month's tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="74" />
      <source>Ouvrir les factures à régler</source>
      <translation>Open the invoices to pay</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="75" />
      <source>Ouvrir les rapports</source>
      <translation>Open the reports</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="84" />
      <source>Consommation mensuelle (12 derniers mois)</source>
      <translation>Monthly consumption (last 12 months)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="90" />
      <source>Consommation</source>
      <translation>Usage</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="93" />
      <source>Sous-comptes proches de leur limite</source>
      <translation>Sub-accounts close to their limit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="95" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="96" />
      <source>Utilisés / limite</source>
      <translation>Used / limit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="100" />
      <source>Aucun sous-compte n'approche de sa limite.</source>
      <translation>No sub-account is close to its limit.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="166" />
      <source>aujourd'hui, sauf utilisation d'ici là</source>
      <translation>today, unless the account is used before then</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="167" />
      <source>dans {n} jour, sauf utilisation d'ici là</source>
      <translation>in {n} day, unless the account is used before then</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="168" />
      <source>dans {n} jours, sauf utilisation d'ici là</source>
      <translation>in {n} days, unless the account is used before then</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="175" />
      <source>crédits disponibles</source>
      <translation>credits available</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="175" />
      <source>crédit disponible</source>
      <translation>credit available</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="177" />
      <source>crédits en {month}</source>
      <translation>credits in {month}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="177" />
      <source>crédit en {month}</source>
      <translation>credit in {month}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="180" />
      <source>Aucune</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="180" />
      <source>Le panier est vide.</source>
      <translation>The basket is empty.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="187" />
      <source>{n} facture, {amount}</source>
      <translation>{n} invoice, {amount}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="188" />
      <source>{n} factures, {amount}</source>
      <translation>{n} invoices, {amount}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="191" />
      <source> — {count} en retard</source>
      <translation> — {count} overdue</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="196" />
      <source>Aucune tâche sur les 12 derniers mois.</source>
      <translation>No tasks in the last 12 months.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/dashboard.py" line="201" />
      <source>Pas de consommation récente</source>
      <translation>No recent use</translation>
    </message>
  </context>
  <context>
    <name>DayRow</name>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="48" />
      <source>Nombre de jours</source>
      <translation>Number of days</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="55" />
      <source>Par rapport à l'échéance</source>
      <translation>Relative to the due date</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="56" />
      <source>avant l'échéance</source>
      <translation>before the due date</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="57" />
      <source>le jour de l'échéance</source>
      <translation>on the due date</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="58" />
      <source>après l'échéance</source>
      <translation>after the due date</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="63" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="64" />
      <source>Retirer ce rappel</source>
      <translation>Remove this reminder</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="87" />
      <source>jour avant l'expiration des crédits</source>
      <translation>day before the credits expire</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="88" />
      <source>jours avant l'expiration des crédits</source>
      <translation>days before the credits expire</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="90" />
      <source>jour</source>
      <translation>day</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="90" />
      <source>jours</source>
      <translation>days</translation>
    </message>
  </context>
  <context>
    <name>DayRows</name>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="106" />
      <source>Ajouter un rappel</source>
      <translation>Add a reminder</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/reminder_rows.py" line="107" />
      <source>Ajouter une relance</source>
      <translation>Add a reminder</translation>
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="61" />
      <source>Bienvenue dans Deepetch Desktop</source>
      <translation>Welcome to Deepetch Desktop</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="65" />
      <source>Bienvenue</source>
      <translation>Welcome</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="69" />
      <source>Indiquez l'entreprise titulaire du compte Deepetch. Vous pourrez ensuite acheter des crédits et créer les sous-comptes de vos collègues.</source>
      <translation>Enter the company that holds the Deepetch account. You can then buy credits and create your colleagues' sub-accounts.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="83" />
      <source>facultatif, par exemple FR96552100554</source>
      <translation>optional, for example FR96552100554</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="89" />
      <source>code ISO à deux lettres : FR, DE, BE…</source>
      <translation>two-letter ISO code: FR, DE, BE...</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="92" />
      <source>dans l'annuaire, par exemple 552100554</source>
      <translation>in the directory, for example 552100554</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="103" />
      <source>&amp;Raison sociale :</source>
      <translation>Company &amp;name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="104" />
      <source>&amp;Pays :</source>
      <translation>Co&amp;untry:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="105" />
      <source>&amp;SIREN :</source>
      <translation>&amp;SIREN:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="106" />
      <source>N° de &amp;TVA :</source>
      <translation>&amp;VAT number:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="107" />
      <source>&amp;Adresse :</source>
      <translation>&amp;Address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="109" />
      <source>Adresse de facturation é&amp;lectronique :</source>
      <translation>E-&amp;invoicing address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="110" />
      <source>&amp;E-mail de facturation :</source>
      <translation>Billing &amp;e-mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="117" />
      <source>Premier administrateur</source>
      <translation>First administrator</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="128" />
      <source>par exemple Camille Martin</source>
      <translation>for example Camille Martin</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="141" />
      <source>&amp;Nom :</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="144" />
      <source>C&amp;onfirmation :</source>
      <translation>C&amp;onfirm:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="143" />
      <source>&amp;Mot de passe :</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="75" />
      <source>Désormais, chacun se connecte. Indiquez la personne qui administre le compte de l'entreprise : elle ajoutera ensuite ses collègues.</source>
      <translation>From now on, everyone logs in. Give the person who administers the company's account: they will then add their colleagues.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="122" />
      <source>La personne qui administre le compte : elle se connecte avec son e-mail et son mot de passe (au moins 10 caractères), puis ajoute ses collègues.</source>
      <translation>The person who administers the account: they log in with their e-mail and password (at least 10 characters), then add their colleagues.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="142" />
      <source>E-mail de conne&amp;xion :</source>
      <translation>Login e-mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="150" />
      <source>&amp;Créer le compte</source>
      <translation>&amp;Create the account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="151" />
      <source>Quitter</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="152" />
      <source>Essayer avec une entreprise de &amp;démonstration</source>
      <translation>Try with a &amp;demo company</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="157" />
      <source>&amp;Créer l'administrateur</source>
      <translation>&amp;Create the administrator</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="175" />
      <source>Le SIREN compte 9 chiffres, le dernier étant sa clé de contrôle.</source>
      <translation>A SIREN has 9 digits, the last one being its check digit.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="177" />
      <source>Cette adresse e-mail n'est pas valide.</source>
      <translation>This e-mail address is not valid.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/wizard.py" line="199" />
      <source>Les deux mots de passe ne sont pas identiques.</source>
      <translation>The two passwords are not the same.</translation>
    </message>
  </context>
  <context>
    <name>FirstStepsBox</name>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="25" />
      <source>Premiers pas</source>
      <translation>First steps</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="29" />
      <source>Pour que l'entreprise utilise ses crédits sans vous attendre :</source>
      <translation>So that the company can use its credits without waiting for you:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="36" />
      <source>Approuver les conditions d'entreprise (achats sur facture)</source>
      <translation>Approve the enterprise terms (purchases on invoice)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="37" />
      <source>Approuver…</source>
      <translation>Approve…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="38" />
      <source>Acheter un premier lot de crédits</source>
      <translation>Buy a first batch of credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="39" />
      <source>Acheter…</source>
      <translation>Buy…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="40" />
      <source>Ajouter un premier sous-compte</source>
      <translation>Add a first sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="41" />
      <source>Ajouter un sous-compte…</source>
      <translation>Add a sub-account…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="42" />
      <source>Indiquer le serveur SMTP qui envoie les factures</source>
      <translation>Give the SMTP server that sends the invoices</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="43" />
      <source>Configurer l'e-mail…</source>
      <translation>Set up e-mail…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="55" />
      <source>Masquer ces étapes</source>
      <translation>Hide these steps</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="67" />
      <source>fait</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/first_steps.py" line="67" />
      <source>à faire</source>
      <translation>to do</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/help.py" line="31" />
      <source>Aide</source>
      <translation>Help</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/help.py" line="39" />
      <source>&amp;Fermer</source>
      <translation>&amp;Close</translation>
    </message>
  </context>
  <context>
    <name>InvoicesPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="73" />
      <source>Factures</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="74" />
      <source>Une facture par lot acheté, payable sous 30 jours ; les avoirs qui les corrigent.</source>
      <translation>One invoice per batch bought, payable within 30 days; the credit notes that correct them.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="80" />
      <source>{n} facture</source>
      <translation>{n} invoice</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="80" />
      <source>{n} factures</source>
      <translation>{n} invoices</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="81" />
      <source>Aucune facture. Chaque achat de crédits émet la sienne.</source>
      <translation>No invoices. Each credit purchase issues its own.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="82" />
      <source>Rechercher un numéro, un libellé…</source>
      <translation>Search a number, a description…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="88" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="89" />
      <source>Toutes</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="89" />
      <source>À régler</source>
      <translation>To pay</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="90" />
      <source>En retard</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="90" />
      <source>Payées</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="91" />
      <source>Avoirs</source>
      <translation>Credit notes</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="95" />
      <source>Pl&amp;us</source>
      <translation>Mo&amp;re</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="98" />
      <source>&amp;Ouvrir</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="99" />
      <source>A&amp;perçu</source>
      <translation>Pre&amp;view</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="100" />
      <source>&amp;Imprimer…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="103" />
      <source>Enregistrer un paie&amp;ment</source>
      <translation>Record a pay&amp;ment</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="204" />
      <source>Facture {number} envoyée à l'imprimante</source>
      <translation>Invoice {number} sent to the printer</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="101" />
      <source>Enregistrer &amp;sous…</source>
      <translation>Save &amp;as…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="102" />
      <source>Ren&amp;voyer par e-mail</source>
      <translation>Send &amp;again by e-mail</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="104" />
      <source>Émettre un &amp;avoir</source>
      <translation>Issue a &amp;credit note</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="105" />
      <source>Marquer &amp;remboursé</source>
      <translation>Mark &amp;refunded</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="106" />
      <source>Plateforme a&amp;gréée…</source>
      <translation>Approved &amp;platform…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="219" />
      <source>Facture {number} enregistrée dans {path}</source>
      <translation>Invoice {number} saved to {path}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="243" />
      <source>Facture {number} remise dans la file d'envoi</source>
      <translation>Invoice {number} queued for sending again</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="259" />
      <source>Paiement de {amount} enregistré sur {number}</source>
      <translation>Payment of {amount} recorded on {number}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="276" />
      <source>Avoir émis sur la facture {number}</source>
      <translation>Credit note issued on invoice {number}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="293" />
      <source>Remboursement de {amount} enregistré sur {number}</source>
      <translation>Refund of {amount} recorded on {number}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="322" />
      <source>Plateforme agréée enregistrée : {statuses}</source>
      <translation>Approved platform saved: {statuses}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="323" />
      <source>{n} statut lu</source>
      <translation>{n} status read</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/invoices.py" line="324" />
      <source>{n} statuts lus</source>
      <translation>{n} statuses read</translation>
    </message>
    <message>
      <source>Préparation de la facture {number}…</source>
      <translation>Preparing invoice {number}…</translation>
    </message>
    <message>
      <source>Facture {number} ouverte dans votre lecteur PDF</source>
      <translation>Invoice {number} opened in your PDF viewer</translation>
    </message>
    <message>
      <source>La facture {number} n'a pas pu être ouverte : aucun lecteur PDF n'a répondu. Utilisez « Aperçu » ou « Enregistrer sous… » dans Factures.</source>
      <translation>Invoice {number} could not be opened: no PDF viewer answered. Use “Preview” or “Save as…” in Invoices.</translation>
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
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="24" />
      <source>Journal</source>
      <translation>Log</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="25" />
      <source>Chaque modification administrative, qui l'a faite et quand.</source>
      <translation>Every administrative change, who made it and when.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="29" />
      <source>{n} entrée</source>
      <translation>{n} entry</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="29" />
      <source>{n} entrées</source>
      <translation>{n} entries</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="30" />
      <source>Le journal est vide : il se remplit à chaque modification.</source>
      <translation>The log is empty: it fills with every change.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/journal.py" line="31" />
      <source>Rechercher une action, une personne…</source>
      <translation>Search an action, a person…</translation>
    </message>
  </context>
  <context>
    <name>LimitChoice</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="209" />
      <source>Limite</source>
      <translation>Limit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="217" />
      <source>par exemple 2 000</source>
      <translation>for example 2,000</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="220" />
      <source>T&amp;ype de limite :</source>
      <translation>Limit &amp;type:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="221" />
      <source>&amp;Montant (crédits) :</source>
      <translation>A&amp;mount (credits):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="245" />
      <source>Au plus ce nombre de crédits chaque mois civil ; le compteur revient à 0 à la fin du mois.</source>
      <translation>At most this many credits each calendar month; the count goes back to 0 at the end of the month.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="248" />
      <source>Au plus ce nombre de crédits en tout, sans remise à zéro ; une période se règle ensuite avec « Modifier les limites ».</source>
      <translation>At most this many credits in all, never reset; a period can be set afterwards with "Modify limits".</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="251" />
      <source>Ce sous-compte pourra puiser dans le panier sans plafond.</source>
      <translation>This sub-account will use the basket with no cap.</translation>
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
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="43" />
      <source>Serveur SMTP</source>
      <translation>SMTP server</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="50" />
      <source>Serveur :</source>
      <translation>Server:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="51" />
      <source>Sécurité :</source>
      <translation>Security:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="52" />
      <source>Expéditeur :</source>
      <translation>Sender:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="53" />
      <source>Utilisateur :</source>
      <translation>User:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="54" />
      <source>Mot de passe :</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="60" />
      <source>&amp;Configurer le serveur SMTP…</source>
      <translation>&amp;Set up the SMTP server…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="72" />
      <source>Rappels</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="78" />
      <source>Avant l'e&amp;xpiration des crédits :</source>
      <translation>Before credit e&amp;xpiry:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="82" />
      <source>Un e-mail de rappel à chacune de ces dates, si le panier n'est pas utilisé d'ici là.</source>
      <translation>A reminder e-mail on each of these dates, unless the basket is used before then.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="89" />
      <source>Un e-mail à chacune de ces dates pour une facture qui n'est pas entièrement réglée.</source>
      <translation>An e-mail on each of these dates for an invoice not fully paid.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="92" />
      <source>Enre&amp;gistrer les rappels</source>
      <translation>Save the &amp;reminders</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="184" />
      <source>Gardez au moins une date.</source>
      <translation>Keep at least one date.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="193" />
      <source>Indiquez des nombres de jours entre 1 et 365.</source>
      <translation>Give numbers of days between 1 and 365.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="195" />
      <source>Indiquez des nombres de jours entre 1 et 365 avant ou après l'échéance.</source>
      <translation>Give numbers of days between 1 and 365 before or after the due date.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="85" />
      <source>&amp;Relances de facture :</source>
      <translation>Invoice &amp;reminders:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="131" />
      <source>Les factures, les avoirs et les rappels partent par ce serveur.</source>
      <translation>Invoices, credit notes and reminders are sent through this server.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="132" />
      <source>Aucun serveur SMTP : les factures sont enregistrées et attendent dans la file d'envoi.</source>
      <translation>No SMTP server: invoices are saved and wait in the outbox.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="137" />
      <source>Aucune</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="140" />
      <source>Aucune (mot de passe envoyé en clair)</source>
      <translation>None (password sent in clear)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="143" />
      <source>sans authentification</source>
      <translation>no authentication</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="145" />
      <source>enregistré dans le trousseau du système</source>
      <translation>stored in the system's keyring</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="146" />
      <source>non enregistré</source>
      <translation>not stored</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="175" />
      <source>Serveur SMTP enregistré</source>
      <translation>SMTP server saved</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/mail_settings.py" line="214" />
      <source>Rappels enregistrés</source>
      <translation>Reminders saved</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="86" />
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="176" />
      <source>Actualisé à {time}</source>
      <translation>Refreshed at {time}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="200" />
      <source>{title} (lecture seule)</source>
      <translation>{title} (read-only)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="201" />
      <source>Lecture seule</source>
      <translation>Read only</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="202" />
      <source>{company} — Deepetch Desktop</source>
      <translation>{company} — Deepetch Desktop</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="247" />
      <source>Travaux planifiés</source>
      <translation>Scheduled tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="265" />
      <source>Travaux planifiés : {error}</source>
      <translation>Scheduled work: {error}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="280" />
      <source>Travail en cours</source>
      <translation>Work in progress</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="283" />
      <source>Base : {name}</source>
      <translation>Database: {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="331" />
      <source>&amp;Restaurer une sauvegarde…</source>
      <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="352" />
      <source>A&amp;ller à</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="356" />
      <source>Aid&amp;e</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="357" />
      <source>&amp;Aide sur cette page</source>
      <translation>&amp;Help on this page</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="285" />
      <source>Connecté : {name}</source>
      <translation>Logged in: {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="323" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="324" />
      <source>&amp;Actualiser</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="326" />
      <source>A&amp;perçu avant impression…</source>
      <translation>Print pre&amp;view…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="328" />
      <source>&amp;Imprimer…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="335" />
      <source>Déplacer le compte sur un serveur…</source>
      <translation>Move the account to a server…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="339" />
      <source>Se &amp;déconnecter</source>
      <translation>Log &amp;out</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="346" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="348" />
      <source>É&amp;dition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="349" />
      <source>&amp;Rechercher</source>
      <translation>&amp;Search</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="351" />
      <source>&amp;Nouveau</source>
      <translation>&amp;New</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="359" />
      <source>À &amp;propos de Deepetch Desktop</source>
      <translation>&amp;About Deepetch Desktop</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="364" />
      <source>Rien à créer sur cette page.</source>
      <translation>Nothing to create on this page.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="371" />
      <location filename="../../deepetch_desktop/gui/window.py" line="378" />
      <source>Rien à imprimer sur cette page.</source>
      <translation>Nothing to print on this page.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="387" />
      <source>Deepetch Desktop {version}

L'administration du compte entreprise Deepetch : panier de crédits, sous-comptes, limites et factures.</source>
      <translation>Deepetch Desktop {version}

The administration of the company's Deepetch account: basket of credits, sub-accounts, limits and invoices.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/window.py" line="392" />
      <source>À propos de Deepetch Desktop</source>
      <translation>About Deepetch Desktop</translation>
    </message>
  </context>
  <context>
    <name>MaintenanceTab</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="54" />
      <source>Sauvegarde</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="57" />
      <source>Une copie de la base est faite chaque jour et gardée 14 jours dans {folder}. Faites-en une autre avant une opération importante, ou pour la garder ailleurs.</source>
      <translation>A copy of the database is made every day and kept for 14 days in {folder}. Make another one before an important operation, or to keep it elsewhere.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="61" />
      <source>La base est sur un serveur PostgreSQL : sauvegardez-la et restaurez-la avec les outils du serveur (pg_dump, pg_restore).</source>
      <translation>The database is on a PostgreSQL server: back it up and restore it with the server's tools (pg_dump, pg_restore).</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="64" />
      <source>&amp;Sauvegarder maintenant…</source>
      <translation>&amp;Back up now…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="78" />
      <source>Contrôle d'intégrité</source>
      <translation>Integrity check</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="81" />
      <source>Vérifie que le solde du panier est la somme du grand livre, que les factures se suivent sans trou, que le journal et le grand livre n'ont pas été réécrits et que les PDF archivés sont intacts.</source>
      <translation>Checks that the basket balance is the sum of the ledger, that invoice numbers follow each other with no gap, that the journal and the ledger were not rewritten and that the archived PDFs are intact.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="85" />
      <source>&amp;Vérifier l'intégrité</source>
      <translation>&amp;Verify integrity</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="98" />
      <source>Correction du panier</source>
      <translation>Basket correction</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="104" />
      <source>&amp;Corriger le panier…</source>
      <translation>&amp;Correct the basket…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="125" />
      <source>Le panier contient {n} crédit. Une correction (une erreur de saisie, un geste commercial) s'ajoute au grand livre avec son motif ; elle ne modifie rien de ce qui y est.</source>
      <translation>The basket holds {n} credit. A correction (a typing error, a goodwill gesture) is added to the ledger with its reason; it changes nothing already in it.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="128" />
      <source>Le panier contient {n} crédits. Une correction (une erreur de saisie, un geste commercial) s'ajoute au grand livre avec son motif ; elle ne modifie rien de ce qui y est.</source>
      <translation>The basket holds {n} credits. A correction (a typing error, a goodwill gesture) is added to the ledger with its reason; it changes nothing already in it.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="172" />
      <source>Tout est en ordre : le solde du panier ({n} crédit) est la somme du grand livre, et rien n'a été réécrit.</source>
      <translation>All is in order: the basket's balance ({n} credit) is the sum of the ledger, and nothing was rewritten.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="174" />
      <source>Tout est en ordre : le solde du panier ({n} crédits) est la somme du grand livre, et rien n'a été réécrit.</source>
      <translation>All is in order: the basket's balance ({n} credits) is the sum of the ledger, and nothing was rewritten.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="143" />
      <source>Sauvegarde en cours…</source>
      <translation>Backing up…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="65" />
      <source>&amp;Restaurer une sauvegarde…</source>
      <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="148" />
      <source>Sauvegarde écrite dans {path} ({size}).</source>
      <translation>Backup written to {path} ({size}).</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="153" />
      <source>Aucune sauvegarde écrite : {error}</source>
      <translation>No backup written: {error}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="166" />
      <source>Vérification en cours…</source>
      <translation>Verifying…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="178" />
      <source>{n} problème trouvé :</source>
      <translation>{n} problem found:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="179" />
      <source>{n} problèmes trouvés :</source>
      <translation>{n} problems found:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_maintenance.py" line="204" />
      <source>Correction de {credits} crédits enregistrée : le panier en contient {balance}.</source>
      <translation>Correction of {credits} credits saved: the basket holds {balance}.</translation>
    </message>
    <message>
      <source>Sauvegarder la base</source>
      <translation>Back up the database</translation>
    </message>
    <message>
      <source>Sauvegardes Deepetch (*.sqlite3)</source>
      <translation>Deepetch backups (*.sqlite3)</translation>
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <location filename="../../deepetch_desktop/gui/message_bar.py" line="37" />
      <location filename="../../deepetch_desktop/gui/message_bar.py" line="38" />
      <source>Fermer le message</source>
      <translation>Close the message</translation>
    </message>
  </context>
  <context>
    <name>ModifyLimitsDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="67" />
      <source>Modifier les limites — {name}</source>
      <translation>Edit limits — {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="69" />
      <source>Combien de crédits « {name} » peut utiliser dans le panier.</source>
      <translation>How many credits “{name}” may use from the basket.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="96" />
      <source>&amp;Enregistrer</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="98" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="147" />
      <source>« {name} » a déjà utilisé {used} crédits ce mois-ci : avec cette limite, il ne pourra plus rien utiliser avant le mois prochain.</source>
      <translation>"{name}" has already used {used} credits this month: with this limit, nothing more can be used before next month.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="150" />
      <source>« {name} » a déjà utilisé {used} crédits : avec cette limite, il ne pourra plus rien utiliser.</source>
      <translation>"{name}" has already used {used} credits: with this limit, nothing more can be used.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="188" />
      <source>Attention : changer le type de limite remet à 0 les crédits utilisés (actuellement {used}). Vous devrez le confirmer.</source>
      <translation>Warning: changing the kind of limit resets the credits used to 0 (now {used}). You will be asked to confirm.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="211" />
      <source>La fin de la période est antérieure à son début.</source>
      <translation>The end of the period is before its start.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="217" />
      <source>{n} crédit ce mois-ci</source>
      <translation>{n} credit this month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="218" />
      <source>{n} crédits ce mois-ci</source>
      <translation>{n} credits this month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="219" />
      <source>{n} crédit</source>
      <translation>{n} credit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/limits.py" line="219" />
      <source>{n} crédits</source>
      <translation>{n} credits</translation>
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
      <source>Facultative, pour une limite fixe seulement ; chaque date est incluse.</source>
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
      <source>Indiquez un montant en crédits.</source>
      <translation>Enter an amount in credits.</translation>
    </message>
    <message>
      <source>Le montant doit être un nombre entier de crédits.</source>
      <translation>The amount must be a whole number of credits.</translation>
    </message>
    <message>
      <source>Le montant doit être supérieur à 0.</source>
      <translation>The amount must be greater than 0.</translation>
    </message>
    <message>
      <source>Le montant est trop grand : au plus {max} crédits.</source>
      <translation>The amount is too large: at most {max} credits.</translation>
    </message>
    <message>
      <source>Changer le type de limite</source>
      <translation>Change the kind of limit</translation>
    </message>
    <message>
      <source>Changer le type de limite remet à 0 les crédits utilisés par « {name} » (actuellement {used}).</source>
      <translation>Changing the kind of limit resets the credits used by “{name}” to 0 (now {used}).</translation>
    </message>
    <message>
      <source>Changer et remettre à zéro</source>
      <translation>Change and reset to zero</translation>
    </message>
  </context>
  <context>
    <name>MoveToServerDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/migrate.py" line="17" />
      <source>Déplacer le compte sur un serveur</source>
      <translation>Move the account to a server</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/migrate.py" line="21" />
      <source>Tout le compte de {location} est copié dans une base PostgreSQL vide, puis vérifié. Ce fichier est ensuite marqué comme déplacé et n'est plus utilisé : chaque poste ouvre le compte sur le serveur.</source>
      <translation>The whole account in {location} is copied into an empty PostgreSQL database, then checked. This file is then marked as moved and no longer used: every workstation opens the account on the server.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/migrate.py" line="32" />
      <source>&amp;Adresse de la base :</source>
      <translation>Database &amp;address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/migrate.py" line="33" />
      <source>&amp;Mot de passe :</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/migrate.py" line="34" />
      <source>&amp;Déplacer</source>
      <translation>&amp;Move</translation>
    </message>
  </context>
  <context>
    <name>MySpacePage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="39" />
      <source>Mon espace</source>
      <translation>My space</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="40" />
      <source>Votre limite de crédits, ce que vous avez utilisé et les tâches que vous avez envoyées.</source>
      <translation>Your credit limit, what you have used and the tasks you have sent.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="43" />
      <source>&amp;Nouvelle tâche</source>
      <translation>&amp;New task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="48" />
      <source>Votre administrateur ne vous a pas donné le privilège d'envoyer des tâches.</source>
      <translation>Your administrator has not given you the privilege to submit tasks.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="51" />
      <source>Ma limite</source>
      <translation>My limit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="52" />
      <source>Crédits utilisés</source>
      <translation>Credits used</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="53" />
      <source>Crédits restants</source>
      <translation>Credits remaining</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="62" />
      <source>{n} tâche</source>
      <translation>{n} task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="62" />
      <source>{n} tâches</source>
      <translation>{n} tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="63" />
      <source>Aucune tâche. Envoyez-en une avec « Nouvelle tâche ».</source>
      <translation>No task. Send one with “New task”.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="64" />
      <source>Rechercher un titre, un service…</source>
      <translation>Search a title, a service…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="71" />
      <source>Votre administrateur ne vous a pas donné accès à votre consommation. Vous pouvez toujours envoyer des tâches avec « Nouvelle tâche ».</source>
      <translation>Your administrator has not given you access to your usage. You can still send tasks with “New task”.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="103" />
      <source>Aucune limite</source>
      <translation>No limit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="103" />
      <source>Vous pouvez utiliser le panier de l'entreprise sans plafond.</source>
      <translation>You may use the company's credit basket without a ceiling.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="106" />
      <source>crédits par mois</source>
      <translation>credits a month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="109" />
      <source>crédits, {period}</source>
      <translation>credits, {period}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="110" />
      <source>crédits, sans date de fin</source>
      <translation>credits, with no end date</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="111" />
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="113" />
      <source>ce mois-ci</source>
      <translation>this month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="112" />
      <source>sur la période</source>
      <translation>over the period</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="116" />
      <source>sans limite</source>
      <translation>no limit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="118" />
      <source>Expirée</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="119" />
      <source>La période de la limite s'est terminée le {end}.</source>
      <translation>The limit's period ended on {end}.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/my_space.py" line="124" />
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
      <source>Ser&amp;vice :</source>
      <translation>Ser&amp;vice:</translation>
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
      <source>Coût : calcul…</source>
      <translation>Cost: calculating…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="132" />
      <source>Sans limite : le sous-compte puise librement dans le panier.</source>
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
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="137" />
      <source>Reste sur sa limite : {n} crédit {when}.</source>
      <translation>Left on its limit: {n} credit {when}.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="138" />
      <source>Reste sur sa limite : {n} crédits {when}.</source>
      <translation>Left on its limit: {n} credits {when}.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="149" />
      <source>Coût : {n} crédit</source>
      <translation>Cost: {n} credit</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="150" />
      <source>Coût : {n} crédits</source>
      <translation>Cost: {n} credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/new_task.py" line="166" />
      <source>Tâche refusée : {reason}</source>
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
      <source>Tout marquer comme l&amp;u</source>
      <translation>Mark all as rea&amp;d</translation>
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
    <name>OutboxTab</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="37" />
      <source>Les factures, les avoirs et les rappels attendent ici que le serveur SMTP les accepte ; chacun est réessayé de plus en plus tard, puis envoyé une seule fois.</source>
      <translation>Invoices, credit notes and reminders wait here until the SMTP server accepts them; each is tried again after longer and longer delays, and sent only once.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="43" />
      <source>Mis en file</source>
      <translation>Queued</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="43" />
      <source>Destinataire</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="43" />
      <source>Objet</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="44" />
      <source>Essais</source>
      <translation>Tries</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="44" />
      <source>Prochain essai</source>
      <translation>Next try</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="44" />
      <source>Dernière erreur</source>
      <translation>Last error</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="49" />
      <source>Envoyer &amp;maintenant</source>
      <translation>Send &amp;now</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="50" />
      <source>E-mail d'essa&amp;i…</source>
      <translation>Test e-ma&amp;il…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="69" />
      <source>{n} e-mail attend d'être envoyé.</source>
      <translation>{n} e-mail is waiting to be sent.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="70" />
      <source>{n} e-mails attendent d'être envoyés.</source>
      <translation>{n} e-mails are waiting to be sent.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="71" />
      <source>Aucun e-mail n'attend : tout est parti.</source>
      <translation>No e-mail is waiting: everything has gone.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="78" />
      <source>au prochain envoi</source>
      <translation>at the next send</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="79" />
      <source>pas encore essayé</source>
      <translation>not tried yet</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="89" />
      <source>Envoi en cours…</source>
      <translation>Sending…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="93" />
      <source>File d'envoi</source>
      <translation>E-mail queue</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="94" />
      <source>Aucun e-mail à envoyer.</source>
      <translation>No e-mail to send.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="132" />
      <source>E-mail d'essai envoyé à {address} : vérifiez qu'il est arrivé.</source>
      <translation>Test e-mail sent to {address}: check that it arrived.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="140" />
      <source>Aucun serveur SMTP n'est configuré : configurez-le dans « E-mail et rappels ».</source>
      <translation>No SMTP server is configured: set one up in "E-mail and reminders".</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="143" />
      <source>Le mot de passe SMTP n'est pas enregistré sur ce poste : « Envoyer maintenant » le demande.</source>
      <translation>The SMTP password is not stored on this computer: "Send now" asks for it.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="146" />
      <source>Le serveur SMTP a refusé l'e-mail d'essai : {error}</source>
      <translation>The SMTP server refused the test e-mail: {error}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_outbox.py" line="148" />
      <source>Le serveur SMTP n'a pas répondu : {error}. L'e-mail d'essai reste dans la file d'envoi.</source>
      <translation>The SMTP server did not answer: {error}. The test e-mail stays in the queue.</translation>
    </message>
  </context>
  <context>
    <name>PaymentDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="159" />
      <source>Enregistrer un paiement</source>
      <translation>Record a payment</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="164" />
      <source>par exemple VIR-2026-118</source>
      <translation>for example VIR-2026-118</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="161" />
      <source>&amp;Montant reçu (€) :</source>
      <translation>&amp;Amount received (€):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="162" />
      <source>&amp;Date du paiement :</source>
      <translation>Payment &amp;date:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="162" />
      <source>&amp;Référence :</source>
      <translation>&amp;Reference:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="163" />
      <source>&amp;Enregistrer le paiement</source>
      <translation>&amp;Record the payment</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/printing.py" line="96" />
      <source>Aperçu avant impression — {title}</source>
      <translation>Print preview — {title}</translation>
    </message>
  </context>
  <context>
    <name>PlatformDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/platform.py" line="40" />
      <source>Plateforme agréée</source>
      <translation>Approved platform</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/platform.py" line="44" />
      <source>Chaque facture et chaque avoir émis sont déposés une fois dans le dossier d'envoi, que le logiciel de votre plateforme agréée synchronise ; les statuts qu'elle renvoie (déposée, rejetée, refusée, encaissée…) sont lus dans le dossier de réception. L'envoi par e-mail reste possible.</source>
      <translation>Each invoice and credit note issued is deposited once in the outgoing folder, which your approved platform's software synchronises; the statuses it sends back (submitted, rejected, refused, payment received…) are read from the incoming folder. Sending by e-mail remains available.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/platform.py" line="53" />
      <source>Dossier d'en&amp;voi :</source>
      <translation>&amp;Outgoing folder:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/platform.py" line="55" />
      <source>Dossier de &amp;réception :</source>
      <translation>&amp;Incoming folder:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/platform.py" line="56" />
      <source>Déposer le &amp;XML CII seul (au lieu du PDF Factur-X)</source>
      <translation>Deposit the CII &amp;XML alone (instead of the Factur-X PDF)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/platform.py" line="61" />
      <source>&amp;Enregistrer</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/platform.py" line="70" />
      <source>Choisir…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/platform.py" line="82" />
      <source>Choisir un dossier</source>
      <translation>Choose a folder</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/platform.py" line="89" />
      <source>Indiquez un dossier.</source>
      <translation>Enter a folder.</translation>
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
      <source>Pays :</source>
      <translation>Country:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="56" />
      <source>Adresse de facturation électronique :</source>
      <translation>E-invoicing address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="57" />
      <source>E-mail de facturation :</source>
      <translation>Billing e-mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="58" />
      <source>Fuseau horaire :</source>
      <translation>Time zone:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="63" />
      <source>&amp;Modifier les coordonnées…</source>
      <translation>&amp;Edit the details…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="72" />
      <source>Conditions d'entreprise</source>
      <translation>Enterprise terms</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="76" />
      <source>A&amp;pprouver les conditions d'entreprise</source>
      <translation>A&amp;pprove the enterprise terms</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="82" />
      <source>Application</source>
      <translation>Application</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="91" />
      <source>La&amp;ngue de l'interface :</source>
      <translation>Interface la&amp;nguage:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="94" />
      <source>Base de données :</source>
      <translation>Database:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="110" />
      <source>Approuvées le {day} par {who} : les achats sont payables sous 30 jours sur facture.</source>
      <translation>Approved on {day} by {who}: purchases are payable within 30 days on invoice.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="116" />
      <source>Pas encore approuvées : l'achat de crédits sur facture n'est pas possible.</source>
      <translation>Not approved yet: buying credits on invoice is not possible.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="133" />
      <source>Conditions d'entreprise approuvées</source>
      <translation>Enterprise terms approved</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="150" />
      <source>Coordonnées de l'entreprise enregistrées</source>
      <translation>Company details saved</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/preferences.py" line="159" />
      <source>La langue choisie s'appliquera au prochain démarrage.</source>
      <translation>The chosen language applies from the next start.</translation>
    </message>
    <message>
      <source>Enregistrer l'approbation des conditions d'entreprise, à votre nom et à la date d'aujourd'hui ?</source>
      <translation>Record the approval of the enterprise terms, in your name and with today's date?</translation>
    </message>
    <message>
      <source>Enregistrer l'approbation</source>
      <translation>Record the approval</translation>
    </message>
  </context>
  <context>
    <name>RefundDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="250" />
      <source>Marquer remboursé</source>
      <translation>Mark refunded</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="251" />
      <source>Facture {number} : un avoir couvre de l'argent déjà reçu, {owed} sont à rembourser à l'entreprise.</source>
      <translation>Invoice {number}: a credit note covers money already received, {owed} is to be refunded to the company.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="256" />
      <source>Marquer rem&amp;boursé</source>
      <translation>&amp;Mark refunded</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="257" />
      <source>par exemple VIR-2026-204</source>
      <translation>for example VIR-2026-204</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="254" />
      <source>&amp;Montant remboursé (€) :</source>
      <translation>&amp;Amount refunded (€):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="255" />
      <source>&amp;Date du remboursement :</source>
      <translation>&amp;Date of the refund:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="255" />
      <source>&amp;Référence :</source>
      <translation>&amp;Reference:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="264" />
      <source>Le montant dépasse le remboursement dû ({left}).</source>
      <translation>The amount is more than the refund owed ({left}).</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="76" />
      <source>Rapports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="77" />
      <source>La consommation de crédits sur une période, par sous-compte, service ou mois ; jusqu'à quand le panier suffira.</source>
      <translation>Credits used over a period, by sub-account, service or month; how long the basket will last.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="80" />
      <source>Sous-compte</source>
      <translation>Sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="81" />
      <source>Département / centre de coût</source>
      <translation>Department / cost centre</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="82" />
      <source>Consommation par département / centre de coût</source>
      <translation>Consumption by department / cost centre</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="83" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="83" />
      <source>Consommation par service</source>
      <translation>Consumption by service</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="84" />
      <source>Complexité</source>
      <translation>Complexity</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="84" />
      <source>Consommation par complexité</source>
      <translation>Usage by complexity</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="85" />
      <source>Mois</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="85" />
      <source>Consommation par mois</source>
      <translation>Consumption by month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="87" />
      <source>Département / centre de coût, puis sous-compte</source>
      <translation>Department / cost centre, then sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="88" />
      <source>Consommation par département / centre de coût et sous-compte</source>
      <translation>Usage by department / cost centre and sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="89" />
      <source>Mois, puis service</source>
      <translation>Month, then service</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="90" />
      <source>Consommation par mois et service</source>
      <translation>Usage by month and service</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="126" />
      <source>Début de la période</source>
      <translation>Start of the period</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="127" />
      <source>Fin de la période</source>
      <translation>End of the period</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="130" />
      <source>Regrouper par</source>
      <translation>Group by</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="138" />
      <source>&amp;au :</source>
      <translation>&amp;to:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="138" />
      <source>D&amp;u :</source>
      <translation>Fro&amp;m:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="139" />
      <source>&amp;Regrouper par :</source>
      <translation>&amp;Group by:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="151" />
      <source>Consommation sur la période</source>
      <translation>Consumption over the period</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="152" />
      <source>Autonomie du panier</source>
      <translation>Basket runway</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="153" />
      <source>Conseil d'achat</source>
      <translation>What to buy</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="166" />
      <source>Consommation</source>
      <translation>Usage</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="171" />
      <source>Autonomie et achats</source>
      <translation>Runway and buying</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="172" />
      <source>Crédits prépayés</source>
      <translation>Prepaid credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="181" />
      <source>{n} ligne</source>
      <translation>{n} line</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="181" />
      <source>{n} lignes</source>
      <translation>{n} lines</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="182" />
      <source>Aucune consommation sur cette période. Choisissez d'autres dates.</source>
      <translation>No consumption over this period. Choose other dates.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="183" />
      <source>Rechercher dans le rapport…</source>
      <translation>Search the report…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="249" />
      <source>Crédits utilisés, du {start} au {end}</source>
      <translation>Credits used, {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="255" />
      <source>crédits du {start} au {end}, {value} HT</source>
      <translation>credits from {start} to {end}, {value} excl. VAT</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="281" />
      <source>{n} tâche</source>
      <translation>{n} task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="281" />
      <source>{n} tâches</source>
      <translation>{n} tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="290" />
      <source>Pas de consommation récente</source>
      <translation>No recent consumption</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="293" />
      <source>Au rythme des {window} derniers jours, le panier sera vide vers le {day}</source>
      <translation>At the rate of the last {window} days, the basket will be empty around {day}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="304" />
      <source>Autres</source>
      <translation>Others</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="324" />
      <source>Du {start} au {end}</source>
      <translation>From {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="330" />
      <source>Tâches</source>
      <translation>Tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="330" />
      <source>Crédits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="331" />
      <source>Valeur HT (€)</source>
      <translation>Value excl. VAT (€)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="336" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="374" />
      <source>Choisissez un fichier .csv, .xlsx ou .pdf.</source>
      <translation>Choose a .csv, .xlsx or .pdf file.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="376" />
      <source>Export du rapport en cours…</source>
      <translation>Exporting the report…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="356" />
      <source>Rapport enregistré dans {path}</source>
      <translation>Report saved to {path}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="94" />
      <source>E&amp;xporter…</source>
      <translation>E&amp;xport…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="97" />
      <source>A&amp;perçu</source>
      <translation>Pre&amp;view</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="99" />
      <source>&amp;Imprimer…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="100" />
      <source>Rele&amp;vés…</source>
      <translation>State&amp;ments…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="283" />
      <source>Total : {n} crédit, {tasks}, {value} HT</source>
      <translation>Total: {n} credit, {tasks}, {value} excl. VAT</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="284" />
      <source>Total : {n} crédits, {tasks}, {value} HT</source>
      <translation>Total: {n} credits, {tasks}, {value} excl. VAT</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="379" />
      <source>Le rapport n'a pas pu être enregistré dans {path} : {error}</source>
      <translation>The report could not be saved to {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="363" />
      <source>Crédits prépayés enregistrés dans {path}</source>
      <translation>Prepaid credits saved in {path}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="412" />
      <source>Rapport « {title} » envoyé à l'impression</source>
      <translation>Report “{title}” sent to the printer</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="252" />
      <source>Aucune consommation sur cette période.</source>
      <translation>No consumption in this period.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/reports.py" line="80" />
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
    <name>SellerDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="68" />
      <source>Mentions du vendeur</source>
      <translation>Seller's details</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="71" />
      <source>Ce que les prochaines factures indiquent sur le vendeur ; les factures déjà émises gardent les mentions de leur émission.</source>
      <translation>What the next invoices say about the seller; invoices already issued keep the details they were issued with.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="87" />
      <source>Parco&amp;urir…</source>
      <translation>Bro&amp;wse…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="91" />
      <source>&amp;Raison sociale :</source>
      <translation>Company &amp;name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="92" />
      <source>&amp;Forme juridique :</source>
      <translation>&amp;Legal form:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="93" />
      <source>Ca&amp;pital social (€) :</source>
      <translation>Share &amp;capital (€):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="94" />
      <source>&amp;SIREN :</source>
      <translation>&amp;SIREN:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="95" />
      <source>S&amp;IRET :</source>
      <translation>S&amp;IRET:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="96" />
      <source>R&amp;CS :</source>
      <translation>&amp;RCS:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="97" />
      <source>N° de &amp;TVA :</source>
      <translation>VA&amp;T number:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="98" />
      <source>&amp;Adresse :</source>
      <translation>A&amp;ddress:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="99" />
      <source>&amp;E-mail :</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="100" />
      <source>IBA&amp;N :</source>
      <translation>IB&amp;AN:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="101" />
      <source>&amp;BIC :</source>
      <translation>&amp;BIC:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="102" />
      <source>Pénalités de retar&amp;d (%) :</source>
      <translation>Late &amp;payment penalties (%):</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="104" />
      <source>Adresse de facturation électroni&amp;que :</source>
      <translation>E-invoicin&amp;g address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="127" />
      <source>&amp;Option pour le paiement de la taxe d'après les débits (imprimée sur les factures)</source>
      <translation>Opted to pa&amp;y VAT on debits (printed on invoices)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="132" />
      <source>Enre&amp;gistrer</source>
      <translation>Sa&amp;ve</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="105" />
      <source>&amp;Logo :</source>
      <translation>L&amp;ogo:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="136" />
      <source>Logo du vendeur</source>
      <translation>Seller's logo</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="138" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/seller.py" line="176" />
      <source>Indiquez un taux entre 0,01 et 100 %, avec au plus deux décimales.</source>
      <translation>Enter a rate between 0.01 and 100%, with at most two decimals.</translation>
    </message>
  </context>
  <context>
    <name>SellerTab</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="36" />
      <source>Vendeur (mentions des factures)</source>
      <translation>Seller (as invoices show it)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="46" />
      <source>Raison sociale :</source>
      <translation>Company name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="47" />
      <source>Forme juridique :</source>
      <translation>Legal form:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="48" />
      <source>Capital social :</source>
      <translation>Share capital:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="49" />
      <source>SIREN :</source>
      <translation>SIREN:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="49" />
      <source>SIRET :</source>
      <translation>SIRET:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="50" />
      <source>RCS :</source>
      <translation>RCS:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="50" />
      <source>N° de TVA :</source>
      <translation>VAT number:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="51" />
      <source>Adresse :</source>
      <translation>Address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="51" />
      <source>E-mail :</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="52" />
      <source>IBAN :</source>
      <translation>IBAN:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="52" />
      <source>BIC :</source>
      <translation>BIC:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="53" />
      <source>Pénalités de retard :</source>
      <translation>Late payment penalties:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="55" />
      <source>Adresse de facturation électronique :</source>
      <translation>E-invoicing address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="56" />
      <source>TVA sur les débits :</source>
      <translation>VAT on debits:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="57" />
      <source>Logo :</source>
      <translation>Logo:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="64" />
      <source>&amp;Modifier les mentions du vendeur…</source>
      <translation>&amp;Edit the seller's details…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="89" />
      <source>{rate} % par an</source>
      <translation>{rate}% a year</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="91" />
      <source>option exercée</source>
      <translation>opted</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="91" />
      <source>non (à l'encaissement)</source>
      <translation>no (on receipt)</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="109" />
      <source>Mentions du vendeur enregistrées.</source>
      <translation>Seller's details saved.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings_seller.py" line="110" />
      <source>Attention : le taux des pénalités est inférieur à trois fois le taux d'intérêt légal, le minimum que la loi impose.</source>
      <translation>Warning: the penalty rate is below three times the legal interest rate, the minimum the law requires.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="69" />
      <source>Paramètres</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="70" />
      <source>Les sous-comptes qui puisent dans le panier : profils, privilèges et limites ; l'entreprise, la facturation, le catalogue, l'e-mail et la maintenance.</source>
      <translation>The sub-accounts that draw on the basket: profiles, privileges and limits; the company, invoicing, the catalogue, e-mail and maintenance.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="73" />
      <source>&amp;Ajouter un sous-compte</source>
      <translation>&amp;Add a sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="85" />
      <source>{n} sous-compte</source>
      <translation>{n} sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="85" />
      <source>{n} sous-comptes</source>
      <translation>{n} sub-accounts</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="86" />
      <source>Aucun sous-compte. Ajoutez-en un avec « Ajouter un sous-compte ».</source>
      <translation>No sub-accounts. Add one with “Add a sub-account”.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="87" />
      <source>Rechercher un nom, un e-mail, un département…</source>
      <translation>Search a name, an e-mail, a department…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="96" />
      <source>Pl&amp;us</source>
      <translation>Mo&amp;re</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="97" />
      <source>&amp;Modifier les limites</source>
      <translation>&amp;Edit limits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="98" />
      <source>&amp;Profil et privilèges</source>
      <translation>&amp;Profile and privileges</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="99" />
      <source>&amp;Suspendre</source>
      <translation>&amp;Suspend</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="100" />
      <source>&amp;Réactiver</source>
      <translation>Re&amp;activate</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="101" />
      <source>&amp;Clôturer</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="107" />
      <source>Sous-comptes</source>
      <translation>Sub-accounts</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="119" />
      <source>Entreprise</source>
      <translation>Company</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="119" />
      <source>Facturation</source>
      <translation>Invoicing</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="119" />
      <source>Catalogue</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="120" />
      <source>E-mail et rappels</source>
      <translation>E-mail and reminders</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="120" />
      <source>File d'envoi</source>
      <translation>E-mail queue</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="121" />
      <source>Maintenance</source>
      <translation>Maintenance</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="215" />
      <source>Limite enregistrée pour {name}</source>
      <translation>Limit saved for {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="217" />
      <source> ; crédits utilisés remis à 0</source>
      <translation>; credits used reset to 0</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="243" />
      <source>Sous-compte « {name} » ajouté</source>
      <translation>Sub-account “{name}” added</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="257" />
      <source>Profil enregistré pour {name}</source>
      <translation>Profile saved for {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="277" />
      <source>« {name} » est suspendu</source>
      <translation>“{name}” is suspended</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="280" />
      <source>« {name} » est réactivé</source>
      <translation>“{name}” is reactivated</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/settings.py" line="287" />
      <source>« {name} » est clôturé</source>
      <translation>“{name}” is closed</translation>
    </message>
    <message>
      <source>Clôturer le sous-compte</source>
      <translation>Close the sub-account</translation>
    </message>
    <message>
      <source>« {name} » ne pourra plus envoyer de tâches et ne pourra pas être rouvert ; son historique est conservé.</source>
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
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="56" />
      <source>Serveur SMTP</source>
      <translation>SMTP server</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="59" />
      <source>Le serveur par lequel partent les factures, les avoirs et les rappels, à l'adresse de facturation de l'entreprise.</source>
      <translation>The server that sends invoices, credit notes and reminders to the company's billing address.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="65" />
      <source>smtp.exemple.fr</source>
      <translation>smtp.example.com</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="69" />
      <source>Aucune</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="73" />
      <source>vide : sans authentification</source>
      <translation>empty: no authentication</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="80" />
      <source>enregistré ; vide : le garder</source>
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
      <source>E&amp;xpéditeur :</source>
      <translation>Se&amp;nder:</translation>
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
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="193" />
      <source>Mot de passe SMTP</source>
      <translation>SMTP password</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="198" />
      <source>Ce poste n'a pas de trousseau de mots de passe : le mot de passe du serveur SMTP est gardé en mémoire pour cette session seulement, jamais enregistré.</source>
      <translation>This computer has no password keyring: the SMTP server password is kept in memory for this session only, never saved.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="205" />
      <source>&amp;Mot de passe :</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="209" />
      <source>Envoyer</source>
      <translation>Send</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/smtp.py" line="210" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SubAccountDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="51" />
      <source>Ajouter un sous-compte</source>
      <translation>Add a sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="52" />
      <source>Profil et privilèges — {name}</source>
      <translation>Profile and privileges — {name}</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="72" />
      <source>&amp;Nom :</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="73" />
      <source>&amp;E-mail :</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="74" />
      <source>&amp;Département / centre de coût :</source>
      <translation>&amp;Department / cost centre:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="75" />
      <source>&amp;Téléphone :</source>
      <translation>&amp;Phone:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="76" />
      <source>&amp;Fonction :</source>
      <translation>&amp;Job title:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="80" />
      <source>Profil</source>
      <translation>Profile</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="89" />
      <source>Privilèges</source>
      <translation>Privileges</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="91" />
      <source>Envoyer des tâches</source>
      <translation>Submit tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="92" />
      <source>Voir sa consommation</source>
      <translation>See own usage</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="93" />
      <source>Voir les factures de l'entreprise</source>
      <translation>See the company's invoices</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="94" />
      <source>Acheter des crédits</source>
      <translation>Buy credits</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="95" />
      <source>Administrer les sous-comptes</source>
      <translation>Administer sub-accounts</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="98" />
      <source>Ses tâches sont payées par le panier, dans la limite de ce sous-compte.</source>
      <translation>Its tasks are paid from the basket, within this sub-account's limit.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="99" />
      <source>Ses tâches, ce qu'elles ont coûté et ce qui lui reste.</source>
      <translation>Its tasks, what they cost and what it has left.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="101" />
      <source>Les factures et les avoirs de l'entreprise, sans pouvoir les modifier.</source>
      <translation>The company's invoices and credit notes, without being able to change them.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="103" />
      <source>Acheter des crédits sur facture, au nom de l'entreprise.</source>
      <translation>Buy credits on invoice, in the company's name.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="105" />
      <source>Tout ce qu'un administrateur fait : sous-comptes, limites, catalogue, paramètres.</source>
      <translation>Everything an administrator does: sub-accounts, limits, catalogue, settings.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="117" />
      <source>Enre&amp;gistrer</source>
      <translation>Sa&amp;ve</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="117" />
      <source>&amp;Ajouter</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="118" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="145" />
      <source>Indiquez un nom.</source>
      <translation>Enter a name.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="147" />
      <source>Indiquez une adresse e-mail.</source>
      <translation>Enter an e-mail address.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/subaccount.py" line="149" />
      <source>Cette adresse e-mail n'est pas valide.</source>
      <translation>This e-mail address is not valid.</translation>
    </message>
  </context>
  <context>
    <name>TableSection</name>
    <message>
      <location filename="../../deepetch_desktop/gui/widgets.py" line="305" />
      <source>Aucun résultat pour « {words} ». Effacez la recherche pour tout revoir.</source>
      <translation>No result for “{words}”. Clear the search to see everything again.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/widgets.py" line="307" />
      <source>Aucune ligne ne correspond aux filtres choisis.</source>
      <translation>No row matches the chosen filters.</translation>
    </message>
  </context>
  <context>
    <name>TasksPage</name>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="43" />
      <source>Tâches</source>
      <translation>Tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="44" />
      <source>Les tâches envoyées par les sous-comptes et les crédits qu'elles ont coûté.</source>
      <translation>The tasks sent by the sub-accounts and the credits they cost.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="46" />
      <source>&amp;Nouvelle tâche</source>
      <translation>&amp;New task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="48" />
      <source>&amp;Rembourser</source>
      <translation>&amp;Refund</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="55" />
      <source>{n} tâche</source>
      <translation>{n} task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="55" />
      <source>{n} tâches</source>
      <translation>{n} tasks</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="56" />
      <source>Aucune tâche. Envoyez-en une avec « Nouvelle tâche ».</source>
      <translation>No tasks. Send one with “New task”.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="57" />
      <source>Rechercher un titre, un sous-compte…</source>
      <translation>Search a title, a sub-account…</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="62" />
      <source>Sous-compte</source>
      <translation>Sub-account</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="64" />
      <source>Mois</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="65" />
      <source>Sous-compte :</source>
      <translation>Sub-account:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="67" />
      <source>Mois :</source>
      <translation>Month:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="71" />
      <source>Rembourser la tâche</source>
      <translation>Refund the task</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="106" />
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="108" />
      <source>Tous</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="165" />
      <source>Tâche n° {id} remboursée : {n} crédit rendu</source>
      <translation>Task no. {id} refunded: {n} credit returned</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/pages/tasks.py" line="166" />
      <source>Tâche n° {id} remboursée : {n} crédits rendus</source>
      <translation>Task no. {id} refunded: {n} credits returned</translation>
    </message>
    <message>
      <source>Le crédit de la tâche « {title} » revient au panier et à la limite de « {name} ».</source>
      <translation>The credit of task “{title}” goes back to the basket and to the limit of “{name}”.</translation>
    </message>
    <message>
      <source>Les {n} crédits de la tâche « {title} » reviennent au panier et à la limite de « {name} ».</source>
      <translation>The {n} credits of task “{title}” go back to the basket and to the limit of “{name}”.</translation>
    </message>
    <message>
      <source>Rembourser</source>
      <translation>Refund</translation>
    </message>
    <message>
      <source>Tâche n° {id} envoyée : {n} crédit débité</source>
      <translation>Task no. {id} sent: {n} credit debited</translation>
    </message>
    <message>
      <source>Tâche n° {id} envoyée : {n} crédits débités</source>
      <translation>Task no. {id} sent: {n} credits debited</translation>
    </message>
  </context>
  <context>
    <name>TestEmailDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/test_email.py" line="27" />
      <source>E-mail d'essai</source>
      <translation>Test e-mail</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/test_email.py" line="30" />
      <source>Un court e-mail part par le serveur SMTP configuré, comme les factures : s'il arrive, les réglages sont bons.</source>
      <translation>A short e-mail goes out through the configured SMTP server, as invoices do: if it arrives, the settings are right.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/test_email.py" line="39" />
      <source>&amp;Adresse :</source>
      <translation>&amp;Address:</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/test_email.py" line="42" />
      <source>&amp;Envoyer</source>
      <translation>&amp;Send</translation>
    </message>
  </context>
  <context>
    <name>_AmountDialog</name>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="75" />
      <source>Facture {number} : {gross} TTC, reste à payer {left}.</source>
      <translation>Invoice {number}: {gross} incl. VAT, {left} left to pay.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="87" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="94" />
      <source>Indiquez un montant.</source>
      <translation>Enter an amount.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="97" />
      <source>Le montant doit être un nombre avec au plus deux décimales.</source>
      <translation>The amount must be a number with at most two decimals.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="103" />
      <source>Le montant doit être supérieur à 0.</source>
      <translation>The amount must be greater than 0.</translation>
    </message>
    <message>
      <location filename="../../deepetch_desktop/gui/dialogs/invoice_actions.py" line="109" />
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
    <message>
      <source>La base {location} n'a pas encore d'entreprise : il n'y a rien à consulter.</source>
      <translation>The database {location} has no company yet: there is nothing to look at.</translation>
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
      <source>Ce poste n'a pas de trousseau de mots de passe : le mot de passe ne peut pas y être enregistré. Laissez-le vide et donnez-le à l'application par la variable d'environnement {variable}.</source>
      <translation>This computer has no password keyring: the password cannot be stored in it. Leave it empty and give it to the application through the {variable} environment variable.</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>du {start} au {end}</source>
      <translation>from {start} to {end}</translation>
    </message>
    <message>
      <source>à partir du {start}</source>
      <translation>from {start}</translation>
    </message>
    <message>
      <source>jusqu'au {end}</source>
      <translation>until {end}</translation>
    </message>
    <message>
      <source>{kind}, {period}</source>
      <translation>{kind}, {period}</translation>
    </message>
    <message>
      <source>administrateur</source>
      <translation>administrator</translation>
    </message>
    <message>
      <source>planificateur</source>
      <translation>scheduler</translation>
    </message>
    <message>
      <source>système</source>
      <translation>system</translation>
    </message>
    <message>
      <source>Douze mois sans utilisation</source>
      <translation>Twelve months unused</translation>
    </message>
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
    <name>journal</name>
    <message>
      <source>type de limite</source>
      <translation>limit type</translation>
    </message>
    <message>
      <source>montant</source>
      <translation>amount</translation>
    </message>
    <message>
      <source>début</source>
      <translation>start</translation>
    </message>
    <message>
      <source>fin</source>
      <translation>end</translation>
    </message>
    <message>
      <source>statut</source>
      <translation>status</translation>
    </message>
    <message>
      <source>nom</source>
      <translation>name</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>département</source>
      <translation>department</translation>
    </message>
    <message>
      <source>téléphone</source>
      <translation>phone</translation>
    </message>
    <message>
      <source>fonction</source>
      <translation>role</translation>
    </message>
    <message>
      <source>solde</source>
      <translation>balance</translation>
    </message>
    <message>
      <source>rappels avant expiration (jours)</source>
      <translation>reminders before expiry (days)</translation>
    </message>
    <message>
      <source>relances de facture (jours)</source>
      <translation>invoice reminders (days)</translation>
    </message>
    <message>
      <source>serveur SMTP</source>
      <translation>SMTP server</translation>
    </message>
    <message>
      <source>port</source>
      <translation>port</translation>
    </message>
    <message>
      <source>sécurité</source>
      <translation>security</translation>
    </message>
    <message>
      <source>expéditeur</source>
      <translation>sender</translation>
    </message>
    <message>
      <source>identifiant</source>
      <translation>user name</translation>
    </message>
    <message>
      <source>certificats</source>
      <translation>certificates</translation>
    </message>
    <message>
      <source>mot de passe en clair</source>
      <translation>password in clear</translation>
    </message>
    <message>
      <source>unité</source>
      <translation>unit</translation>
    </message>
    <message>
      <source>tarif</source>
      <translation>rate</translation>
    </message>
    <message>
      <source>actif</source>
      <translation>active</translation>
    </message>
    <message>
      <source>crédits</source>
      <translation>credits</translation>
    </message>
    <message>
      <source>prix</source>
      <translation>price</translation>
    </message>
    <message>
      <source>coefficient</source>
      <translation>factor</translation>
    </message>
    <message>
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>non</source>
      <translation>no</translation>
    </message>
    <message>
      <source>{field} : {old} → {new}</source>
      <translation>{field}: {old} → {new}</translation>
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
      <source>facture</source>
      <translation>invoice</translation>
    </message>
    <message>
      <source>« {name} »</source>
      <translation>“{name}”</translation>
    </message>
    <message>
      <source>{field} : {value}</source>
      <translation>{field}: {value}</translation>
    </message>
    <message>
      <source>utilisés remis à 0</source>
      <translation>used reset to 0</translation>
    </message>
  </context>
  <context>
    <name>tables</name>
    <message>
      <source>expirée</source>
      <translation>expired</translation>
    </message>
    <message>
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Département / centre de coût</source>
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
      <source>À rembourser</source>
      <translation>To refund</translation>
    </message>
    <message>
      <source>Plateforme</source>
      <translation>Platform</translation>
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
    <name>move</name>
    <message>
      <source>Déplacer le compte sur un serveur</source>
      <translation>Move the account to a server</translation>
    </message>
    <message>
      <source>Ce compte est déjà sur un serveur.</source>
      <translation>This account is on a server already.</translation>
    </message>
    <message>
      <source>Le compte est désormais sur {target} ({rows} lignes copiées, vérifiées). Deepetch Desktop va se fermer : relancez-le avec cette adresse (--db ou DEEPETCH_DATABASE_URL).</source>
      <translation>The account now lives on {target} ({rows} rows copied and checked). Deepetch Desktop will close: start it again with this address (--db or DEEPETCH_DATABASE_URL).</translation>
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
      <source>Le serveur SMTP a refusé l'envoi : vérifiez les réglages dans Paramètres › E-mail et rappels ({error}).</source>
      <translation>The SMTP server refused to send: check the settings in Settings › E-mail and reminders ({error}).</translation>
    </message>
    <message>
      <source>Le serveur SMTP ne répond pas : la facture est enregistrée et sera envoyée dès qu'il répondra.</source>
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
      <source>Mot de passe SMTP non donné : les e-mails restent dans la file d'envoi.</source>
      <translation>No SMTP password given: the e-mails stay in the outbox.</translation>
    </message>
  </context>
  <context>
    <name>report_panels</name>
    <message>
      <source>Aucun pack en vente : pas de conseil d'achat.</source>
      <translation>No pack for sale: no buying advice.</translation>
    </message>
    <message>
      <source>Le panier suffit jusqu'au {day}.</source>
      <translation>The basket lasts until {day}.</translation>
    </message>
    <message>
      <source>Pour tenir jusqu'au {day} : {packs} ({credits} crédits, {net} HT).</source>
      <translation>To last until {day}: {packs} ({credits} credits, {net} excl. VAT).</translation>
    </message>
    <message>
      <source>Tenir jusqu'au</source>
      <translation>Last until</translation>
    </message>
    <message>
      <source> jours</source>
      <translation> days</translation>
    </message>
    <message>
      <source>Au rythme des derniers jours</source>
      <translation>At the rate of the last days</translation>
    </message>
    <message>
      <source>&amp;Tenir jusqu'au :</source>
      <translation>&amp;Last until:</translation>
    </message>
    <message>
      <source>au r&amp;ythme des derniers :</source>
      <translation>at the rate of the las&amp;t:</translation>
    </message>
    <message>
      <source>Sous-compte</source>
      <translation>Sub-account</translation>
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
      <source>Limite atteinte le</source>
      <translation>Limit reached on</translation>
    </message>
    <message>
      <source>pas sur cette période</source>
      <translation>not in this period</translation>
    </message>
    <message>
      <source>{n} sous-compte limité</source>
      <translation>{n} limited sub-account</translation>
    </message>
    <message>
      <source>{n} sous-comptes limités</source>
      <translation>{n} limited sub-accounts</translation>
    </message>
    <message>
      <source>Aucun sous-compte n'a de limite.</source>
      <translation>No sub-account has a limit.</translation>
    </message>
    <message>
      <source>Rechercher un sous-compte…</source>
      <translation>Search a sub-account…</translation>
    </message>
    <message>
      <source>Aucune consommation sur les {window} derniers jours.</source>
      <translation>Nothing used in the last {window} days.</translation>
    </message>
    <message>
      <source>Au rythme des {window} derniers jours ({used} crédits), le panier sera vide le {day}.</source>
      <translation>At the rate of the last {window} days ({used} credits), the basket runs out on {day}.</translation>
    </message>
    <message>
      <source>Crédits restants au</source>
      <translation>Credits left on</translation>
    </message>
    <message>
      <source>Crédits re&amp;stants au :</source>
      <translation>Credits left &amp;on:</translation>
    </message>
    <message>
      <source>Exp&amp;orter les crédits prépayés…</source>
      <translation>Export the prepaid &amp;credits…</translation>
    </message>
    <message>
      <source>Lot</source>
      <translation>Batch</translation>
    </message>
    <message>
      <source>Acheté le</source>
      <translation>Bought on</translation>
    </message>
    <message>
      <source>Pack</source>
      <translation>Pack</translation>
    </message>
    <message>
      <source>Crédits restants</source>
      <translation>Credits left</translation>
    </message>
    <message>
      <source>Prix par crédit HT</source>
      <translation>Price per credit excl. VAT</translation>
    </message>
    <message>
      <source>Valeur HT</source>
      <translation>Value excl. VAT</translation>
    </message>
    <message>
      <source>{n} lot</source>
      <translation>{n} batch</translation>
    </message>
    <message>
      <source>{n} lots</source>
      <translation>{n} batches</translation>
    </message>
    <message>
      <source>Aucun crédit restant à cette date.</source>
      <translation>No credits left on that day.</translation>
    </message>
    <message>
      <source>Rechercher un pack…</source>
      <translation>Search a pack…</translation>
    </message>
    <message>
      <source>À reporter au {day} : {value} HT pour {credits} crédits (charges constatées d'avance).</source>
      <translation>To carry over on {day}: {value} excl. VAT for {credits} credits (prepaid expenses).</translation>
    </message>
    <message>
      <source>Dont {credits} crédits ajoutés par correction, sans prix d'achat.</source>
      <translation>Of which {credits} credits added by a correction, without a purchase price.</translation>
    </message>
    <message>
      <source>Crédits prépayés au {day}</source>
      <translation>Prepaid credits on {day}</translation>
    </message>
    <message>
      <source>Prix par crédit HT (€)</source>
      <translation>Price per credit excl. VAT (€)</translation>
    </message>
    <message>
      <source>Valeur HT (€)</source>
      <translation>Value excl. VAT (€)</translation>
    </message>
    <message>
      <source>Crédits restants de chaque lot au prix d'achat HT : charges constatées d'avance à reporter</source>
      <translation>Credits left in each batch at purchase price excl. VAT: prepaid expenses to carry over</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
  </context>
  <context>
    <name>read_only</name>
    <message>
      <source>Base ouverte en lecture seule (--read-only) : rien n'y est enregistré. Ouvrez-la sans --read-only pour la modifier.</source>
      <translation>Database open read-only (--read-only): nothing is saved to it. Open it without --read-only to change it.</translation>
    </message>
    <message>
      <source>Lecture seule : {file} est ouvert pour consultation, rien n'y est enregistré ; les actions qui modifient sont désactivées.</source>
      <translation>Read-only: {file} is open for review, nothing is saved to it; actions that change it are disabled.</translation>
    </message>
    <message>
      <source>Lecture seule</source>
      <translation>Read-only</translation>
    </message>
  </context>
  <context>
    <name>ReportCharts</name>
    <message>
      <source>Autres</source>
      <translation>Others</translation>
    </message>
    <message>
      <source>Graphiques</source>
      <translation>Charts</translation>
    </message>
    <message>
      <source>Regroupement</source>
      <translation>Grouping</translation>
    </message>
    <message>
      <source>E&amp;mpiler par :</source>
      <translation>&amp;Stack by:</translation>
    </message>
    <message>
      <source>Empiler par</source>
      <translation>Stack by</translation>
    </message>
    <message>
      <source>Département / centre de coût</source>
      <translation>Department / cost centre</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Par mois</source>
      <translation>Per month</translation>
    </message>
    <message>
      <source>Solde du panier</source>
      <translation>Basket balance</translation>
    </message>
    <message>
      <source>Limites</source>
      <translation>Limits</translation>
    </message>
    <message>
      <source>Aucune consommation sur cette période.</source>
      <translation>No usage in this period.</translation>
    </message>
    <message>
      <source>Aucun mouvement du panier.</source>
      <translation>No basket entries.</translation>
    </message>
    <message>
      <source>Aucun sous-compte n'a de limite.</source>
      <translation>No sub-account has a limit.</translation>
    </message>
    <message>
      <source>Consommation par mois</source>
      <translation>Usage per month</translation>
    </message>
    <message>
      <source>Utilisation des limites</source>
      <translation>Use of the limits</translation>
    </message>
    <message>
      <source>Solde</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>Achat</source>
      <translation>Purchase</translation>
    </message>
    <message>
      <source>Expiration</source>
      <translation>Expiry</translation>
    </message>
    <message>
      <source>ce mois-ci</source>
      <translation>this month</translation>
    </message>
    <message>
      <source>limite fixe</source>
      <translation>fixed limit</translation>
    </message>
    <message>
      <source>▲ Achat</source>
      <translation>▲ Purchase</translation>
    </message>
    <message>
      <source>▼ Expiration</source>
      <translation>▼ Expiry</translation>
    </message>
  </context>
  <context>
    <name>report_output</name>
    <message>
      <source>L'impression n'est pas disponible sur ce poste : exportez le rapport en PDF et imprimez-le depuis votre lecteur PDF.</source>
      <translation>Printing is not available on this computer: export the report as PDF and print it from your PDF reader.</translation>
    </message>
    <message>
      <source>Aperçu avant impression — {title}</source>
      <translation>Print preview — {title}</translation>
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
  <context>
    <name>Statements</name>
    <message>
      <source>Relevés de refacturation</source>
      <translation>Chargeback statements</translation>
    </message>
    <message>
      <source>Un relevé PDF par service ou par sous-compte : ses tâches, ses crédits et leur valeur HT, ses limites. Un fichier déjà présent dans le dossier n'est jamais remplacé.</source>
      <translation>One PDF statement per department or per sub-account: its tasks, its credits and their value excl. VAT, its limits. A file already in the folder is never replaced.</translation>
    </message>
    <message>
      <source>Département / centre de coût</source>
      <translation>Department / cost centre</translation>
    </message>
    <message>
      <source>Sous-compte</source>
      <translation>Sub-account</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>&amp;Choisir…</source>
      <translation>&amp;Choose…</translation>
    </message>
    <message>
      <source>Mettre chaque relevé en file d'envoi vers les titulaires des sous-comptes</source>
      <translation>Queue each statement by e-mail to the sub-account holders</translation>
    </message>
    <message>
      <source>&amp;Mois :</source>
      <translation>&amp;Month:</translation>
    </message>
    <message>
      <source>&amp;Un relevé par :</source>
      <translation>&amp;One statement per:</translation>
    </message>
    <message>
      <source>&amp;Dossier :</source>
      <translation>&amp;Folder:</translation>
    </message>
    <message>
      <source>&amp;Écrire les relevés</source>
      <translation>&amp;Write the statements</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Dossier des relevés</source>
      <translation>Statements folder</translation>
    </message>
    <message>
      <source>Aucune consommation du {start} au {end} : aucun relevé.</source>
      <translation>No usage from {start} to {end}: no statement.</translation>
    </message>
    <message>
      <source>{n} relevé écrit dans {folder} ({credits} crédits, {value} HT)</source>
      <translation>{n} statement written in {folder} ({credits} credits, {value} excl. VAT)</translation>
    </message>
    <message>
      <source>{n} relevés écrits dans {folder} ({credits} crédits, {value} HT)</source>
      <translation>{n} statements written in {folder} ({credits} credits, {value} excl. VAT)</translation>
    </message>
    <message>
      <source>noms déjà pris, fichiers existants gardés : écrits sous {names}</source>
      <translation>names already taken, existing files kept: written as {names}</translation>
    </message>
    <message>
      <source>{n} e-mail mis en file d'envoi</source>
      <translation>{n} e-mail queued</translation>
    </message>
    <message>
      <source>{n} e-mails mis en file d'envoi</source>
      <translation>{n} e-mails queued</translation>
    </message>
  </context>
</TS>